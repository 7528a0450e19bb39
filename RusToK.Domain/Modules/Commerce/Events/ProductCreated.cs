using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Commerce.Events;

public sealed record ProductCreated(Guid ProductId, string Title, bool IsOnSale) : DomainEvent(ProductId), IReaderVisibleChange
{
    public bool ReadersSeeIt => IsOnSale;
}
