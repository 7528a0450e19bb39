namespace RusToK.Domain.Kernel.Messaging;

/// <summary>
/// The words of the e-mail inviting someone to a site, in the language of whoever sends it. The platform's texts and
/// their translations live with the UI, which the infrastructure that sends the e-mail cannot see.
/// </summary>
public interface IInvitationTexts
{
    string Subject(string siteName);

    /// <summary>The HTML body: a greeting, the invitation to <paramref name="siteName"/> and the link to choose a password.</summary>
    string Body(string displayName, string siteName, string link);
}
