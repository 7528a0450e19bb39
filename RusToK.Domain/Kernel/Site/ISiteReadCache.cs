using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Site;

/// <summary>
/// What storefront pages read again and again (menus, the page tree, category names, side columns), kept per tenant
/// for a short while and dropped when the tenant's <see cref="IReaderVisibleChange"/> events arrive. In-process by
/// default; a shared store (Redis) can take its place when several nodes serve one site, so values are plain records.
/// </summary>
public interface ISiteReadCache
{
    /// <summary>A null result (an address nobody published) is not kept: made-up addresses cannot crowd out real ones.</summary>
    Task<T> GetOrLoadAsync<T>(Guid tenantId, string key, Func<Task<T>> load)
        where T : class?;

    /// <summary>For the current tenant; with none resolved (platform pages) nothing is cached.</summary>
    Task<T> GetOrLoadAsync<T>(ITenantContext tenant, string key, Func<Task<T>> load)
        where T : class? =>
        tenant.Current is { } site ? GetOrLoadAsync(site.Id, key, load) : load();

    /// <summary>Forgets everything cached for the tenant.</summary>
    void Evict(Guid tenantId);
}
