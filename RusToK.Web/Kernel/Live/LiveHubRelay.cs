using Microsoft.AspNetCore.SignalR;
using RusToK.Domain.Kernel.Live;

namespace RusToK.Web.Kernel.Live;

/// <summary>
/// Passes the node's live messages (its own and, with Redis, every other node's) to the hub connections that may
/// hear them. Each node serves its own connections, so no SignalR backplane is needed.
/// </summary>
public sealed partial class LiveHubRelay(ILiveFeed feed, LiveHubAudiences audiences, IHubContext<LiveHub> hub, ILogger<LiveHubRelay> logger) : IHostedService
{
    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = feed.Subscribe(message =>
        {
            if (audiences.Count == 0) return;
            var connections = audiences.For(message);
            if (connections.Count > 0) _ = SendAsync(connections, message.Topic);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }

    private async Task SendAsync(IReadOnlyList<string> connections, string topic)
    {
        try
        {
            await hub.Clients.Clients(connections).SendAsync(LiveHub.ChangedMethod, topic);
        }
        catch (Exception ex)
        {
            LogSendFailed(logger, topic, ex); // a lost message costs a client its refresh, never data
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A live message about {Topic} did not reach the hub's clients")]
    private static partial void LogSendFailed(ILogger logger, string topic, Exception ex);
}
