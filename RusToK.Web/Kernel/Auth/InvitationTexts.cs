using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Kernel.Messaging;

namespace RusToK.Web.Kernel.Auth;

/// <summary>The invitation e-mail in the inviter's language: the culture of the request or admin circuit sending it.</summary>
public sealed class InvitationTexts(IStringLocalizer<SharedResource> l) : IInvitationTexts
{
    public string Subject(string siteName) => l["You are invited to {0}", siteName];

    public string Body(string displayName, string siteName, string link) =>
        LinkMailBody.Html(l, displayName, l["You have been invited to {0}. Choose your password here:", siteName], link);
}
