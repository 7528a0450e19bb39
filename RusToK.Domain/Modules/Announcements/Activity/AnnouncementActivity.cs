using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Announcements.Events;

namespace RusToK.Domain.Modules.Announcements.Activity;

/// <summary>What the feed says when a site-wide announcement goes up.</summary>
public sealed class AnnouncementActivity(ActivityLog log) : IDomainEventHandler<AnnouncementCreated>
{
    public const string EntityType = "announcement";
    public const string Announced = "{0} announced “{1}”";

    public Task HandleAsync(AnnouncementCreated e, EventContext context, CancellationToken ct) =>
        log.RecordAsync(e, context, new ActivityDraft(AnnouncementsModule.ModuleName, new EntityRef(EntityType, e.AggregateId), Announced, e.Title, AnnouncementPermissions.Manage)
        {
            Path = "admin/announcements",
        }, ct);
}
