using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentCreated(Guid ItemId, string Type, string Slug, string Title) : DomainEvent(ItemId);
