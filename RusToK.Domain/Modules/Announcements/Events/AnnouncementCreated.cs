using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Modules.Announcements.Events;

public sealed record AnnouncementCreated(Guid AnnouncementId, string Title) : DomainEvent(AnnouncementId), IReaderVisibleChange;
