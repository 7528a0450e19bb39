using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Announcements.Events;

public sealed record AnnouncementUpdated(Guid AnnouncementId, string Title) : DomainEvent(AnnouncementId), IReaderVisibleChange;
