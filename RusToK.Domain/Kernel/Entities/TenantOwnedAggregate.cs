using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Kernel.Entities;

/// <summary>An aggregate that belongs to exactly one tenant.</summary>
public abstract class TenantOwnedAggregate : AggregateRoot, ITenantOwned
{
    public Guid TenantId { get; set; }
}
