using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RusToK.Domain.Capabilities.Analytics;

namespace RusToK.Infrastructure.Capabilities.Analytics;

/// <summary>
/// Flushes the in-memory view counts every few seconds and once more when the node stops. Each node flushes its own
/// counts: the writer's additions make several nodes' figures add up.
/// </summary>
public sealed partial class AnalyticsFlushService(IServiceScopeFactory scopes, AnalyticsOptions options, ILogger<AnalyticsFlushService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.FlushSeconds)));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await FlushAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: the last flush follows in StopAsync
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await FlushAsync(cancellationToken);
    }

    private async Task FlushAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AnalyticsFlush>().RunAsync(ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogFlushFailed(logger, ex); // the counts went back to the tally: the next flush tries again
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Page views could not be written; they are kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, Exception ex);
}
