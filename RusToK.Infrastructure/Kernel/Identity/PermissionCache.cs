using Microsoft.Extensions.Caching.Memory;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// A short-lived, bounded cache of each signed-in user's permissions, so a page with many checks costs one
/// query. Role edits clear it here; other nodes see the change within <see cref="Lifetime"/>.
/// </summary>
public sealed class PermissionCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(15);
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 50_000 });

    public async Task<IReadOnlyList<string>> GetOrLoadAsync((Guid UserId, Guid TenantId) key, Func<Task<IReadOnlyList<string>>> load)
    {
        if (_cache.TryGetValue(key, out IReadOnlyList<string>? cached) && cached is not null) return cached;
        var loaded = await load();
        _cache.Set(key, loaded, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return loaded;
    }

    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
