using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Infrastructure.Kernel.Caching;

/// <summary>
/// The read cache of one process: entries per tenant for at most <see cref="Lifetime"/> (which bounds staleness on
/// other nodes), dropped together through a per-tenant generation token when the tenant's readers-visible data changes.
/// </summary>
/// <param name="enabled">Off (<c>Storefront:ReadCache=false</c>) every read goes to the database: for measuring and for debugging.</param>
public sealed class InProcessSiteReadCache(bool enabled = true) : ISiteReadCache, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _generations = new();

    public async Task<T> GetOrLoadAsync<T>(Guid tenantId, string key, Func<Task<T>> load)
        where T : class?
    {
        if (!enabled) return await load();
        var cacheKey = (tenantId, key);
        if (_entries.TryGetValue(cacheKey, out T? cached) && cached is not null) return cached;

        // Taken before loading: an eviction that lands while we read makes this entry born expired, never stale.
        var generation = _generations.GetOrAdd(tenantId, _ => new CancellationTokenSource()).Token;
        var value = await load();
        if (value is null) return value;
        var options = new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 };
        options.AddExpirationToken(new CancellationChangeToken(generation));
        _entries.Set(cacheKey, value, options);
        return value;
    }

    public void Evict(Guid tenantId)
    {
        // Not disposed: a reader may still hold its token; an undisposed source without timers costs nothing.
        if (_generations.TryRemove(tenantId, out var generation)) generation.Cancel();
    }

    public void Dispose()
    {
        _entries.Dispose();
        foreach (var generation in _generations.Values) generation.Dispose();
    }
}
