using Hangfire;
using RusToK.Infrastructure.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Jobs;

/// <summary>The recurring safety net: catches up whatever the in-process wake-up missed (restarts, other nodes).</summary>
public sealed class OutboxRelayJob(OutboxRelay relay)
{
    public const string Id = "outbox-relay";

    [DisableConcurrentExecution(60)]
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(CancellationToken ct) => relay.RelayPendingAsync(ct);
}
