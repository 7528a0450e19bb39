using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Capabilities.Tags.Events;

public sealed record TagDeleted(Guid TagId, string Name) : DomainEvent(TagId), IReaderVisibleChange;
