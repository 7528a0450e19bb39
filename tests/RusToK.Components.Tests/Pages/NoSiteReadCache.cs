using RusToK.Domain.Kernel.Site;

namespace RusToK.Components.Tests.Pages;

/// <summary>The site read cache as off: every read loads afresh.</summary>
public sealed class NoSiteReadCache : ISiteReadCache
{
    public Task<T> GetOrLoadAsync<T>(Guid tenantId, string key, Func<Task<T>> load)
        where T : class? => load();

    public void Evict(Guid tenantId)
    {
    }
}
