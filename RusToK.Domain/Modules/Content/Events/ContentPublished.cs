using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentPublished(Guid ItemId, string Type, string Slug, string Title) : DomainEvent(ItemId), IReaderVisibleChange;
