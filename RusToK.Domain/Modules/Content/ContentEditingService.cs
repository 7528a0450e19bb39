using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Domain.Modules.Content;

/// <summary>Writes content: create, save (with conflict detection), autosave of drafts, delete. The item, its tags and its revision are saved together.</summary>
public sealed class ContentEditingService(IAppDbContextFactory dbFactory, IContentRenderer renderer, IReservedPaths reserved)
{
    public const string ConflictMessage = "Someone else saved this item since you opened it. Compare both versions before saving again.";

    public async Task<OperationResult<ContentItem>> CreateAsync(ContentInput input, ContentAuthor author, CancellationToken ct = default)
    {
        var tags = TagNames.Normalize(input.Tags);
        await using var db = dbFactory.CreateContext();
        var validator = await ContentValidation.ValidateAsync(db, null, input, tags, reserved, ct);
        if (!validator.IsValid) return validator.ToFailure<ContentItem>();

        var item = ContentItem.Create(input, renderer.Render(input.Body ?? "", input.BodyFormat), author);
        db.ContentItems.Add(item);
        await TagService.StageAsync(db, Ref(item.Id), tags, ct);
        await MediaService.StageUsagesAsync(db, Ref(item.Id), MediaReferences.In(input.CoverImageUrl, input.Body), ct);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(item);
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

    private async Task<OperationResult<ContentItem>> SaveAsync(Guid id, ContentInput input, Guid? expectedStamp, ContentAuthor author, bool autosave, CancellationToken ct)
    {
        var tags = TagNames.Normalize(input.Tags);
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (item is null) return OperationResult.NotFound<ContentItem>("Content not found.");
        if (expectedStamp is { } stamp && stamp != item.ConcurrencyStamp) return OperationResult.Conflict<ContentItem>(ConflictMessage);
        if (autosave && item.Status == ContentStatus.Published) return OperationResult.Conflict<ContentItem>("Autosave keeps drafts only. Save to update the published item.");

        // The type is fixed at creation: a post does not turn into a page by an edit.
        input = input with { Type = item.Type };
        var validator = await ContentValidation.ValidateAsync(db, id, input, tags, reserved, ct);
        if (!validator.IsValid) return validator.ToFailure<ContentItem>();

        item.Edit(input, renderer.Render(input.Body ?? "", input.BodyFormat), author);
        if (item.Status == ContentStatus.Published) db.ContentRevisions.Add(ContentRevision.Of(item, item.NextRevision(), "Edited while live"));
        await TagService.StageAsync(db, Ref(id), tags, ct);
        await MediaService.StageUsagesAsync(db, Ref(id), MediaReferences.In(input.CoverImageUrl, input.Body), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult.Conflict<ContentItem>(ConflictMessage);
        }

        return OperationResult.Success(item);
    }
}
