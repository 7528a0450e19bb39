using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RusToK.Domain.Kernel.Live;
using StackExchange.Redis;

namespace RusToK.Infrastructure.Kernel.Live;

/// <summary>
/// Several nodes: a message is published to Redis and every node (this one included) hands what it hears to its own
/// circuits. While Redis is unreachable, messages still reach this node's circuits; other nodes miss them (their
/// pages refresh on their next poll or visit).
/// </summary>
public sealed class RedisLiveUpdates(LiveOptions options, LiveListeners listeners, ILogger<RedisLiveUpdates> log) : ILiveUpdates, IHostedService, IAsyncDisposable
{
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Channel);
    private ConnectionMultiplexer? _redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var configuration = ConfigurationOptions.Parse(options.RedisConnectionString!);
        configuration.AbortOnConnectFail = false; // keep trying in the background; the node serves meanwhile
        _redis = await ConnectionMultiplexer.ConnectAsync(configuration);
        try
        {
            // Fire and forget: with Redis down at start the node still starts; the client subscribes again on reconnect.
            await _redis.GetSubscriber().SubscribeAsync(_channel, (_, value) =>
            {
                if (LiveMessageJson.Read(value) is { } message) listeners.Deliver(message);
            }, CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            log.LogWarning(ex, "Live messages stay on this node until Redis answers");
        }
    }

    public void Publish(LiveMessage message)
    {
        if (_redis is not { IsConnected: true } redis)
        {
            listeners.Deliver(message);
            return;
        }

        try
        {
            redis.GetSubscriber().Publish(_channel, LiveMessageJson.Write(message), CommandFlags.FireAndForget);
        }
        catch (RedisException ex)
        {
            log.LogWarning(ex, "Live message {Topic} stays on this node: Redis refused it", message.Topic);
            listeners.Deliver(message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null) await _redis.DisposeAsync();
    }
}
