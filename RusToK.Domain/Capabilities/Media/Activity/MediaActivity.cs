using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Capabilities.Media.Events;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Media.Activity;

/// <summary>What the feed says when a file reaches the media library.</summary>
public sealed class MediaActivity(IAppDbContextFactory dbFactory, ActivityLog log) : IDomainEventHandler<MediaUploaded>
{
    public const string EntityType = "media";
    public const string Uploaded = "{0} uploaded “{1}”";

    public async Task HandleAsync(MediaUploaded e, EventContext context, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var name = await db.MediaFiles.AsNoTracking().Where(f => f.Id == e.AggregateId).Select(f => f.FileName).FirstOrDefaultAsync(ct);
        if (name is null) return; // deleted before the event reached the feed
        await log.RecordAsync(e, context, new ActivityDraft(MediaCapability.ModuleName, new EntityRef(EntityType, e.AggregateId), Uploaded, name, MediaPermissions.Manage)
        {
            Path = "admin/media",
        }, ct);
    }
}
