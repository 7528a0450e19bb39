using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Kernel.Tenancy.Events;

public sealed record TenantSuspended(Guid TenantId) : DomainEvent(TenantId);
