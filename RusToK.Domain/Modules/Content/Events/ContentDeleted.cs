using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentDeleted(Guid ItemId, string Type, string Slug, bool WasLive) : DomainEvent(ItemId);
