namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>The tenant the current request, circuit or background job acts for.</summary>
public interface ITenantContext
{
    /// <summary>The resolved tenant, or null outside any tenant (platform-level work).</summary>
    TenantInfo? Current { get; }

    /// <summary>Sets the tenant once for this scope; later attempts to switch to another tenant throw.</summary>
    void Use(TenantInfo tenant);
}
