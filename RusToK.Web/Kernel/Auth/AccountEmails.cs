using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Kernel.Messaging;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>The account e-mails (confirmation, password reset), in the language of the request that asks for them.</summary>
public sealed class AccountEmails(UserManager<AppUser> users, IEmailSender email, ITenantContext tenant, IStringLocalizer<SharedResource> l)
{
    public async Task SendConfirmationAsync(AppUser user, string baseUrl)
    {
        var link = $"{baseUrl.TrimEnd('/')}/account/confirm-email?userId={user.Id}&code={IdentityLinkCode.Encode(await users.GenerateEmailConfirmationTokenAsync(user))}";
        await email.SendAsync(user.Email!, l["Confirm your e-mail for {0}", SiteName], Body(user, l["Please confirm your e-mail address:"], link));
    }

    public async Task SendPasswordResetAsync(AppUser user, string baseUrl)
    {
        var link = $"{baseUrl.TrimEnd('/')}/account/set-password?userId={user.Id}&code={IdentityLinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user))}";
        await email.SendAsync(user.Email!, l["Choose a new password for {0}", SiteName], Body(user, l["Choose a new password here (ignore this e-mail if you did not ask):"], link));
    }

    private string SiteName => tenant.Current?.Name ?? "RusToK";

    private string Body(AppUser user, string line, string link) => LinkMailBody.Html(l, user.DisplayName, line, link);
}
