using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Domain.Modules.Content;

/// <summary>Writes content: create, save (with conflict detection), autosave of drafts, delete. The item, its tags and its revision are saved together.</summary>
public sealed class ContentEditingService(IAppDbContextFactory dbFactory, IContentRenderer renderer, ContentTypeCatalog types)
{
    public const string ConflictMessage = "Someone else saved this item since you opened it. Compare both versions before saving again.";

    /// <summary>Whether a write was refused because someone else saved the item after the stamp it carried was read.</summary>
    public static bool IsStale(OperationResult result) => result.Failure == FailureKind.Conflict && result.Message == ConflictMessage;

    public async Task<OperationResult<ContentItem>> CreateAsync(ContentInput input, ContentAuthor author, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var staged = await StageAsync(db, null, input, null, author, autosave: false, ct);
        if (!staged.Succeeded) return staged;
        await db.SaveChangesAsync(ct);
        return staged;
    }

    /// <summary>
    /// Saves when <paramref name="expectedStamp"/> still matches the stored item; otherwise nothing is written and the
    /// caller gets a conflict so it can show both versions. A save of a published item adds a revision.
    /// </summary>
    public async Task<OperationResult<ContentItem>> UpdateAsync(Guid id, ContentInput input, Guid? expectedStamp, ContentAuthor author, CancellationToken ct = default) =>
        await SaveAsync(id, input, expectedStamp, author, autosave: false, ct);

    /// <summary>The editor's periodic save of a draft: same rules, but refused for live items so readers never see half-finished text.</summary>
    public async Task<OperationResult<ContentItem>> AutosaveAsync(Guid id, ContentInput input, Guid? expectedStamp, ContentAuthor author, CancellationToken ct = default) =>
        await SaveAsync(id, input, expectedStamp, author, autosave: true, ct);

    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return OperationResult.NotFound("Content not found.");
        if (await db.ContentItems.AnyAsync(i => i.ParentId == id, ct)) return OperationResult.Conflict($"\"{item.Title}\" has child items. Move or delete them first.");

        await TagService.StageRemovalAsync(db, Ref(id), ct);
        await MediaService.StageUsagesAsync(db, Ref(id), new HashSet<Guid>(), ct);
        db.ContentRevisions.RemoveRange(await db.ContentRevisions.Where(r => r.ContentItemId == id).ToListAsync(ct));
        item.MarkDeleted();
        db.ContentItems.Remove(item);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    internal static EntityRef Ref(Guid id) => new(ContentTypes.EntityType, id);

    /// <summary>
    /// Validates and applies an editor's input to a new item (<paramref name="id"/> null) or a stored one, with its
    /// tags, media usages and revision, without saving: the caller saves, alone or together with a transition.
    /// </summary>
    internal async Task<OperationResult<ContentItem>> StageAsync(IAppDbContext db, Guid? id, ContentInput input, Guid? expectedStamp, ContentAuthor author, bool autosave, CancellationToken ct)
    {
        var tags = TagNames.Normalize(input.Tags);
        var item = id is { } existing ? await db.ContentItems.FirstOrDefaultAsync(i => i.Id == existing, ct) : null;
        if (id is not null && item is null) return OperationResult.NotFound<ContentItem>("Content not found.");
        if (item is not null && expectedStamp is { } stamp && stamp != item.ConcurrencyStamp) return OperationResult.Conflict<ContentItem>(ConflictMessage);
        if (autosave && item?.Status == ContentStatus.Published) return OperationResult.Conflict<ContentItem>("Autosave keeps drafts only. Save to update the published item.");

        // The type is fixed at creation: a post does not turn into a page by an edit.
        if (item is not null) input = input with { Type = item.Type };
        var validator = await ContentValidation.ValidateAsync(db, id, input, tags, types, ct);
        if (!validator.IsValid) return validator.ToFailure<ContentItem>();

        var rendered = renderer.Render(input.Body ?? "", input.BodyFormat);
        if (item is null)
        {
            item = ContentItem.Create(input, rendered, author);
            db.ContentItems.Add(item);
        }
        else
        {
            item.Edit(input, rendered, author);
            if (item.Status == ContentStatus.Published) db.ContentRevisions.Add(ContentRevision.Of(item, item.NextRevision(), "Edited while live"));
        }

        await TagService.StageAsync(db, Ref(item.Id), tags, ct);
        await MediaService.StageUsagesAsync(db, Ref(item.Id), MediaReferences.In(input.CoverImageUrl, input.Body), ct);
        return OperationResult.Success(item);
    }

    private async Task<OperationResult<ContentItem>> SaveAsync(Guid id, ContentInput input, Guid? expectedStamp, ContentAuthor author, bool autosave, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var staged = await StageAsync(db, id, input, expectedStamp, author, autosave, ct);
        if (!staged.Succeeded) return staged;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult.Conflict<ContentItem>(ConflictMessage);
        }

        return staged;
    }
}
