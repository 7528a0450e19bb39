using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentUpdated(Guid ItemId, string Type, string Slug, string Title, bool IsLive) : DomainEvent(ItemId);
