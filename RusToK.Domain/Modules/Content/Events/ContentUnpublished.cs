using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentUnpublished(Guid ItemId, string Type, string Slug) : DomainEvent(ItemId), IReaderVisibleChange;
