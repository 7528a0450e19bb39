using Microsoft.Extensions.Logging.Abstractions;
using RusToK.Domain.Kernel.Live;
using RusToK.Infrastructure.Kernel.Live;

namespace RusToK.Infrastructure.Tests.Kernel.Live;

/// <summary>Two nodes on the test Redis: a change on node A reaches the circuits of node B (and A's own), as it was sent.</summary>
public sealed class RedisLiveUpdatesTests
{
    private static string Redis => Environment.GetEnvironmentVariable("RUSTOK_TEST_REDIS")
        ?? throw new InvalidOperationException("RUSTOK_TEST_REDIS is not set. Run ./test.sh, which starts the test services and sets it.");

    [Fact]
    public async Task A_message_published_on_one_node_reaches_the_circuits_of_another()
    {
        var channel = "rustok:test:live:" + Guid.NewGuid().ToString("N");
        var (nodeA, heardOnA) = Node(channel);
        var (nodeB, heardOnB) = Node(channel);
        await using (nodeA)
        await using (nodeB)
        {
            await nodeA.StartAsync(CancellationToken.None);
            await nodeB.StartAsync(CancellationToken.None);

            var sent = new LiveMessage(Guid.NewGuid(), "activity", "content.edit", Guid.NewGuid());
            nodeA.Publish(sent);

            (await heardOnB.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(sent);
            (await heardOnA.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(sent, "the sending node's own circuits hear it through Redis too, once");
        }
    }

    [Fact]
    public async Task Without_a_reachable_redis_a_node_still_tells_its_own_circuits()
    {
        var (node, heard) = Node("rustok:test:live:down", "127.0.0.1:1,connectTimeout=200");
        await using (node)
        {
            await node.StartAsync(CancellationToken.None);
            var sent = new LiveMessage(Guid.NewGuid(), "activity");
            node.Publish(sent);
            (await heard.Task.WaitAsync(TimeSpan.FromSeconds(5))).ShouldBe(sent);
        }
    }

    private static (RedisLiveUpdates Node, TaskCompletionSource<LiveMessage> Heard) Node(string channel, string? connection = null)
    {
        var listeners = new LiveListeners();
        var heard = new TaskCompletionSource<LiveMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        listeners.Subscribe(m => heard.TrySetResult(m));
        return (new RedisLiveUpdates(new LiveOptions { RedisConnectionString = connection ?? Redis, Channel = channel }, listeners, NullLogger<RedisLiveUpdates>.Instance), heard);
    }
}
