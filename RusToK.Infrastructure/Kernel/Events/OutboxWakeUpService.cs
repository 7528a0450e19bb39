using Microsoft.Extensions.Logging;
using RusToK.Infrastructure.Kernel.Jobs;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>Runs the relay right after commits so events reach handlers in milliseconds, not at the next poll.</summary>
public sealed class OutboxWakeUpService(OutboxSignal signal, OutboxRelay relay, ILogger<OutboxWakeUpService> logger) : WakeUpService(signal, logger)
{
    protected override Task RunPassAsync(CancellationToken ct) => relay.RelayPendingAsync(ct);
}
