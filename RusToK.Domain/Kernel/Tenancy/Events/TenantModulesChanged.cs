using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Kernel.Tenancy.Events;

public sealed record TenantModulesChanged(Guid TenantId, string[] EnabledModules) : DomainEvent(TenantId), IReaderVisibleChange;
