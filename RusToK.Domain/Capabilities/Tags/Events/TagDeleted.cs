using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Capabilities.Tags.Events;

public sealed record TagDeleted(Guid TagId, string Name) : DomainEvent(TagId);
