using RusToK.Domain.Kernel.Live;

namespace RusToK.Infrastructure.Kernel.Live;

/// <summary>
/// The circuits listening on this node. A listener that throws is its own problem: the others still hear the
/// message. Subscribing copies the list, so delivery never takes a lock.
/// </summary>
public sealed class LiveListeners : ILiveFeed
{
    private readonly Lock _gate = new();
    private Action<LiveMessage>[] _listeners = [];

    public int Count => _listeners.Length;

    public IDisposable Subscribe(Action<LiveMessage> listener)
    {
        lock (_gate) _listeners = [.. _listeners, listener];
        return new Unsubscriber(this, listener);
    }

    public void Deliver(LiveMessage message)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                listener(message);
            }
            catch (Exception)
            {
                // A circuit that is going away may throw while it is torn down; the message is only a refresh hint.
            }
        }
    }

    private void Remove(Action<LiveMessage> listener)
    {
        lock (_gate) _listeners = [.. _listeners.Where(l => l != listener)];
    }

    private sealed class Unsubscriber(LiveListeners owner, Action<LiveMessage> listener) : IDisposable
    {
        public void Dispose() => owner.Remove(listener);
    }
}
