namespace RusToK.Domain.Kernel.Messaging;

/// <summary>Sends one e-mail (SMTP when configured, otherwise written to the log).</summary>
public interface IEmailSender
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default);
}
