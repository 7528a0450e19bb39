using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Content.Events;

public sealed record ContentDeleted(Guid ItemId, string Type, string Slug, bool WasLive) : DomainEvent(ItemId), IReaderVisibleChange
{
    bool IReaderVisibleChange.ReadersSeeIt => WasLive;
}
