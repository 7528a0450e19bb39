using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Capabilities.Tags.Events;

public sealed record TagsMerged(Guid TagId, Guid MergedIntoTagId) : DomainEvent(TagId), IReaderVisibleChange;
