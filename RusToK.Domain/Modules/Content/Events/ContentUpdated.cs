using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentUpdated(Guid ItemId, string Type, string Slug, string Title, bool IsLive) : DomainEvent(ItemId), IReaderVisibleChange
{
    bool IReaderVisibleChange.ReadersSeeIt => IsLive;
}
