using System.Net;
using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Messaging;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>The account e-mails (confirmation, password reset) and the URL-safe codes in their links.</summary>
public sealed class AccountEmails(UserManager<AppUser> users, IEmailSender email, ITenantContext tenant)
{
    public async Task SendConfirmationAsync(AppUser user, string baseUrl)
    {
        var link = $"{baseUrl.TrimEnd('/')}/account/confirm-email?userId={user.Id}&code={IdentityLinkCode.Encode(await users.GenerateEmailConfirmationTokenAsync(user))}";
        await email.SendAsync(user.Email!, $"Confirm your e-mail for {SiteName}", Body(user, "Please confirm your e-mail address:", link));
    }

    public async Task SendPasswordResetAsync(AppUser user, string baseUrl)
    {
        var link = $"{baseUrl.TrimEnd('/')}/account/set-password?userId={user.Id}&code={IdentityLinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user))}";
        await email.SendAsync(user.Email!, $"Choose a new password for {SiteName}", Body(user, "Choose a new password here (ignore this e-mail if you did not ask):", link));
    }

    private string SiteName => tenant.Current?.Name ?? "RusToK";

    private static string Body(AppUser user, string line, string link) =>
        $"<p>Hello {WebUtility.HtmlEncode(user.DisplayName)},</p><p>{WebUtility.HtmlEncode(line)}</p><p><a href=\"{link}\">{link}</a></p>";
}
