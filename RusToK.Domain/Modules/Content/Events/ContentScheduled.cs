using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentScheduled(Guid ItemId, string Type, string Slug, DateTime PublishAt) : DomainEvent(ItemId);
