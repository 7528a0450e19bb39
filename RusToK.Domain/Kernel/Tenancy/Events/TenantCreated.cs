using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Kernel.Tenancy.Events;

public sealed record TenantCreated(Guid TenantId, string Slug) : DomainEvent(TenantId);
