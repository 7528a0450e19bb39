using System.Threading.Channels;

namespace RusToK.Infrastructure.Kernel.Jobs;

/// <summary>A one-slot wake-up: many notifications in a burst coalesce into one pass of the work it wakes.</summary>
public abstract class WakeUpSignal
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _channel.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _channel.Reader.ReadAsync(cancellationToken);
}
