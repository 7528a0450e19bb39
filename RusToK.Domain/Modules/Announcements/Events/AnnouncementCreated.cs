using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Announcements.Events;

public sealed record AnnouncementCreated(Guid AnnouncementId, string Title) : DomainEvent(AnnouncementId);
