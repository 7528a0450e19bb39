using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Commerce.Events;

/// <param name="WentOnSale">True when this edit put the product on sale (the feed says so once).</param>
public sealed record ProductUpdated(Guid ProductId, string Title, bool IsOnSale, bool WentOnSale) : DomainEvent(ProductId), IReaderVisibleChange;
