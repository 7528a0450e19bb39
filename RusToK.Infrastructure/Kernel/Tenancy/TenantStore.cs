using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Tenancy;

/// <summary>
/// Resolves tenants by host, slug or id. A bounded cache keeps hot tenants in memory (a tenant costs a few
/// hundred bytes here, and only while it is being visited); a change clears it and other nodes catch up within
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class TenantStore(AppDbContextFactory dbFactory) : ITenantCacheInvalidator, IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000 });

    public Task<TenantInfo?> FindByHostAsync(string host, CancellationToken ct = default)
    {
        var name = TenantHost.Normalize(host);
        return GetAsync("host:" + name, db => db.Tenants.Where(t => t.Hosts.Any(h => h.Name == name)), ct);
    }

    public Task<TenantInfo?> FindBySlugAsync(string slug, CancellationToken ct = default) =>
        GetAsync("slug:" + slug, db => db.Tenants.Where(t => t.Slug == slug), ct);

    public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken ct = default) =>
        GetAsync("id:" + id, db => db.Tenants.Where(t => t.Id == id), ct);

    public void Invalidate(Guid tenantId) => _cache.Clear();

    public void Dispose() => _cache.Dispose();

    private async Task<TenantInfo?> GetAsync(string key, Func<AppDbContext, IQueryable<Tenant>> query, CancellationToken ct)
    {
        if (_cache.TryGetValue(key, out TenantInfo? cached)) return cached;
        await using var db = dbFactory.CreatePlatformContext();
        var tenant = (await query(db).AsNoTracking().FirstOrDefaultAsync(ct))?.ToInfo();
        // Misses are cached too, so a flood of unknown hosts does not become a flood of queries.
        _cache.Set(key, tenant, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return tenant;
    }
}
