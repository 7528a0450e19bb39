namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>How the relay retries: exponential backoff from <see cref="FirstRetryDelay"/>, dead-lettered after <see cref="MaxAttempts"/>.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public int MaxAttempts { get; set; } = 8;

    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    public int BatchSize { get; set; } = 100;
}
