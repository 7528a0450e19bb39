using RusToK.Domain.Kernel.Live;

namespace RusToK.Infrastructure.Kernel.Live;

/// <summary>One node: a message goes straight to this node's circuits.</summary>
public sealed class InProcessLiveUpdates(LiveListeners listeners) : ILiveUpdates
{
    public void Publish(LiveMessage message) => listeners.Deliver(message);
}
