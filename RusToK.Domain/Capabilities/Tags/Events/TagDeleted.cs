using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Capabilities.Tags.Events;

/// <summary>A tag was deleted; <see cref="Entities"/> carried it (their assignments are gone by the time handlers run).</summary>
public sealed record TagDeleted(Guid TagId, string Name, IReadOnlyList<EntityRef>? Entities = null) : DomainEvent(TagId), IReaderVisibleChange;
