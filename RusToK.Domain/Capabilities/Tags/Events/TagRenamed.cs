using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Capabilities.Tags.Events;

public sealed record TagRenamed(Guid TagId, string OldName, string NewName) : DomainEvent(TagId), IReaderVisibleChange;
