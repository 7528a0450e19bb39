namespace RusToK.Infrastructure.Kernel.Jobs;

/// <summary>The <c>Jobs</c> section: Hangfire storage. Without a Redis connection, jobs live in memory (the outbox stays durable).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    public string? RedisConnectionString { get; set; }

    public int WorkerCount { get; set; } = 2;
}
