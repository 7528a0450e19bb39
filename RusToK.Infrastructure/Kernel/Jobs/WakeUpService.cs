using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace RusToK.Infrastructure.Kernel.Jobs;

/// <summary>
/// Runs a pass of background work each time its signal is notified (and once at start, for what a previous run left),
/// so work reaches its end in milliseconds rather than at the recurring job's next minute.
/// </summary>
public abstract class WakeUpService(WakeUpSignal signal, ILogger logger) : BackgroundService
{
    protected abstract Task RunPassAsync(CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        signal.Notify();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await signal.WaitAsync(stoppingToken);
                await RunPassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The recurring job catches up later; the work stays queued meanwhile.
                logger.LogError(ex, "{Service} pass failed", GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }
}
