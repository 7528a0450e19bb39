using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Site;

/// <summary>
/// What storefront pages read again and again — menus, the page tree, category names, the blog's side column,
/// published posts and pages — kept per tenant for a short while. Rendering a page without the output cache then
/// costs the render, not the database. Entries go when the tenant's readers-visible data changes (see the
/// storefront cache invalidator) and in any case after <see cref="Lifetime"/>, which bounds staleness on other nodes.
/// </summary>
/// <param name="enabled">Off (<c>Storefront:ReadCache=false</c>) every read goes to the database: for measuring and for debugging.</param>
public sealed class SiteReadCache(bool enabled = true) : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = 100_000 });
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _generations = new();

    /// <summary>For the current tenant; with none resolved (platform pages) nothing is cached.</summary>
    public Task<T> GetOrLoadAsync<T>(ITenantContext tenant, string key, Func<Task<T>> load)
        where T : class? =>
        tenant.Current is { } site ? GetOrLoadAsync(site.Id, key, load) : load();

    /// <summary>A null result (an address nobody published) is not kept: made-up addresses cannot crowd out real ones.</summary>
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

    /// <summary>Forgets everything cached for the tenant.</summary>
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
