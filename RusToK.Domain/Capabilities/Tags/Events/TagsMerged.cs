using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Capabilities.Tags.Events;

public sealed record TagsMerged(Guid TagId, Guid MergedIntoTagId) : DomainEvent(TagId);
