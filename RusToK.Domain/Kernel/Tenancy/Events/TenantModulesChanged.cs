using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Kernel.Tenancy.Events;

public sealed record TenantModulesChanged(Guid TenantId, string[] EnabledModules) : DomainEvent(TenantId);
