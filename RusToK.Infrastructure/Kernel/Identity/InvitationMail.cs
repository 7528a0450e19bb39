using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Messaging;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>The e-mail asking someone added to a site to choose their password, linking to the site's own address.</summary>
public sealed class InvitationMail(IEmailSender email, IInvitationTexts texts)
{
    public async Task SendAsync(UserManager<AppUser> users, AppUser user, string siteName, string siteAddress, CancellationToken ct)
    {
        var token = IdentityLinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = $"{siteAddress.TrimEnd('/')}/account/set-password?userId={user.Id}&code={token}";
        await email.SendAsync(user.Email!, texts.Subject(siteName), texts.Body(user.DisplayName, siteName, link), ct);
    }
}
