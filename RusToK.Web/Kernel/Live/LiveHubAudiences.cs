using System.Collections.Concurrent;
using RusToK.Domain.Kernel.Live;

namespace RusToK.Web.Kernel.Live;

/// <summary>This node's hub connections and who each one is, so a message goes only to the connections that may hear it.</summary>
public sealed class LiveHubAudiences
{
    private readonly ConcurrentDictionary<string, LiveAudience> _connections = new();

    public int Count => _connections.Count;

    public void Add(string connectionId, LiveAudience audience) => _connections[connectionId] = audience;

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    public IReadOnlyList<string> For(LiveMessage message) =>
        _connections.Where(c => c.Value.Hears(message)).Select(c => c.Key).ToList();
}
