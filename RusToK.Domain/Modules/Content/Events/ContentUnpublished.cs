using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentUnpublished(Guid ItemId, string Type, string Slug) : DomainEvent(ItemId);
