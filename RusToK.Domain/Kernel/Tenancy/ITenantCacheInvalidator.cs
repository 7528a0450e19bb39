namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>Drops cached resolution data of a tenant after its hosts, status or modules changed.</summary>
public interface ITenantCacheInvalidator
{
    void Invalidate(Guid tenantId);
}
