using RusToK.Domain.Kernel.Live;

namespace RusToK.Components.Tests.Live;

/// <summary>A node's live feed in a test: every message published reaches every subscribed circuit, unfiltered.</summary>
public sealed class ListOfListeners : ILiveFeed, ILiveUpdates
{
    private readonly List<Action<LiveMessage>> _listeners = [];

    public IDisposable Subscribe(Action<LiveMessage> listener)
    {
        _listeners.Add(listener);
        return new Unsubscribe(() => _listeners.Remove(listener));
    }

    public void Publish(LiveMessage message)
    {
        foreach (var listener in _listeners.ToList()) listener(message);
    }

    private sealed class Unsubscribe(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }
}
