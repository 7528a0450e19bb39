using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Kernel.Tenancy.Events;

/// <summary>The site's name, colour or logo changed: cached pages must be rendered again.</summary>
public sealed record TenantAppearanceChanged(Guid TenantId) : DomainEvent(TenantId), IReaderVisibleChange;
