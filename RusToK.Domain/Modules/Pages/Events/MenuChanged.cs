using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Domain.Modules.Pages.Events;

public sealed record MenuChanged(Guid MenuId, MenuLocation Location) : DomainEvent(MenuId), IReaderVisibleChange;
