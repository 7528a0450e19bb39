using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Notifications;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content.Notifications;

/// <summary>Tells an author when their item goes live and they did not press the button: an editor did, or its schedule.</summary>
public sealed class ContentNotifications(IAppDbContextFactory dbFactory, Notifier notifier) : IDomainEventHandler<ContentPublished>
{
    public const string PublishedByEditor = "{0} published your “{1}”";
    public const string PublishedOnSchedule = "Your scheduled “{1}” is live";

    public async Task HandleAsync(ContentPublished e, EventContext context, CancellationToken ct)
    {
        if (context.ActorId is null && !e.OnSchedule) return; // an import or the demo's seeding: nobody to tell
        await using var db = dbFactory.CreateContext();
        var author = await db.ContentItems.AsNoTracking().Where(i => i.Id == e.ItemId).Select(i => i.AuthorId).FirstOrDefaultAsync(ct);
        if (author is not { } authorId) return;
        var sentence = context.ActorId is null ? PublishedOnSchedule : PublishedByEditor;
        await notifier.NotifyAsync(context, [authorId], new NotificationDraft(sentence, e.Title, $"admin/content/{e.ItemId}"), ct);
    }
}
