using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Tenancy;

/// <summary>Holds the tenant of one DI scope (request, circuit or job).</summary>
public sealed class TenantContext : ITenantContext
{
    public TenantInfo? Current { get; private set; }

    public void Use(TenantInfo tenant)
    {
        if (Current is not null && Current.Id != tenant.Id)
        {
            throw new InvalidOperationException("This scope already acts for another tenant; create a new scope instead.");
        }

        Current = tenant;
    }
}
