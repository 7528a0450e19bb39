using System.Threading.Channels;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>A one-slot wake-up: many commits in a burst coalesce into one relay pass.</summary>
public sealed class OutboxSignal : IOutboxSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _channel.Reader.ReadAsync(cancellationToken);
}
