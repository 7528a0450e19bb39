using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>Runs the relay right after commits so events reach handlers in milliseconds, not at the next poll.</summary>
public sealed class OutboxWakeUpService(OutboxSignal signal, OutboxRelay relay, ILogger<OutboxWakeUpService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Notify(); // deliver whatever a previous run left behind
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
                await relay.RelayPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The recurring job catches up later; the outbox keeps the events meanwhile.
                logger.LogError(ex, "Outbox relay pass failed");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
