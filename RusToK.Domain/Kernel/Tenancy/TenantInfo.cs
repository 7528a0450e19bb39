namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>An immutable snapshot of a tenant, cheap to cache and to hand to a scope.</summary>
public sealed record TenantInfo(
    Guid Id,
    string Slug,
    string Name,
    TenantStatus Status,
    IReadOnlySet<string> EnabledModules,
    TenantTheme Theme)
{
    public bool IsActive => Status == TenantStatus.Active;

    public bool HasModule(string module) => EnabledModules.Contains(module);
}
