using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Content.Events;

/// <summary>A category was created, renamed, moved or deleted: readers' category links and listings change.</summary>
public sealed record CategoryChanged(Guid CategoryId, string Slug, bool Deleted) : DomainEvent(CategoryId), IReaderVisibleChange;
