using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Tests.Pages;

/// <summary>A tenant context for components that only pass it on (to the read cache).</summary>
public sealed class NoTenant : ITenantContext
{
    public TenantInfo? Current { get; private set; }

    public void Use(TenantInfo tenant) => Current = tenant;
}
