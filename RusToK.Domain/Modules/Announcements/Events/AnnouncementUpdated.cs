using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Announcements.Events;

public sealed record AnnouncementUpdated(Guid AnnouncementId, string Title) : DomainEvent(AnnouncementId);
