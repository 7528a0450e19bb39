using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Kernel.Tenancy.Events;

public sealed record TenantResumed(Guid TenantId) : DomainEvent(TenantId);
