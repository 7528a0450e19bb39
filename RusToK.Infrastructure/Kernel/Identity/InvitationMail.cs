using System.Net;
using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Messaging;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>The e-mail asking someone added to a site to choose their password, linking to the site's own address.</summary>
public static class InvitationMail
{
    public static async Task SendAsync(UserManager<AppUser> users, IEmailSender email, AppUser user, string siteName, string siteAddress, CancellationToken ct)
    {
        var token = IdentityLinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = $"{siteAddress.TrimEnd('/')}/account/set-password?userId={user.Id}&code={token}";
        await email.SendAsync(user.Email!, $"You are invited to {siteName}",
            $"<p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p><p>You have been invited to <b>{WebUtility.HtmlEncode(siteName)}</b>. Choose your password here:</p><p><a href=\"{link}\">{link}</a></p>", ct);
    }
}
