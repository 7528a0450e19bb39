using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Content.Events;

/// <param name="OnSchedule">It went live because its scheduled time came (nobody pressed Publish just then).</param>
public sealed record ContentPublished(Guid ItemId, string Type, string Slug, string Title, bool OnSchedule = false) : DomainEvent(ItemId), IReaderVisibleChange;
