namespace RusToK.Infrastructure.Kernel.Messaging;

/// <summary>The <c>Smtp</c> section. Without a host, e-mails go to the log (embedded default).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool UseStartTls { get; set; }

    public string From { get; set; } = "RusToK <no-reply@rustok.local>";
}
