using Microsoft.Extensions.Logging;
using RusToK.Domain.Kernel.Messaging;

namespace RusToK.Infrastructure.Kernel.Messaging;

/// <summary>The embedded default: e-mails are written to the log so a local user can follow confirmation links.</summary>
public sealed class LoggingEmailSender(ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
    {
        logger.LogInformation("E-mail to {To}: {Subject}\n{Body}", to, subject, htmlBody);
        return Task.CompletedTask;
    }
}
