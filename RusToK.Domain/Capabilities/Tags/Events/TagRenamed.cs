using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Capabilities.Tags.Events;

public sealed record TagRenamed(Guid TagId, string OldName, string NewName) : DomainEvent(TagId);
