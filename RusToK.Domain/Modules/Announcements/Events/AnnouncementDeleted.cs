using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Modules.Announcements.Events;

public sealed record AnnouncementDeleted(Guid AnnouncementId) : DomainEvent(AnnouncementId);
