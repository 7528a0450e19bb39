using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Commerce.Events;

public sealed record ProductDeleted(Guid ProductId, string Title) : DomainEvent(ProductId), IReaderVisibleChange;
