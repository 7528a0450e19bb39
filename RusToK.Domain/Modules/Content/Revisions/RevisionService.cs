using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Modules.Content.Revisions;

/// <summary>The "revision diff" sub-module: an item's published history, comparisons and restore.</summary>
public sealed class RevisionService(IAppDbContextFactory dbFactory, ContentEditingService editing, ITextDiffer differ)
{
    public async Task<IReadOnlyList<ContentRevision>> ListAsync(Guid itemId, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.ContentRevisions.AsNoTracking().Where(r => r.ContentItemId == itemId).OrderByDescending(r => r.Number).ToListAsync(ct);
    }

    public async Task<ContentRevision?> FindAsync(Guid itemId, int number, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.ContentRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == itemId && r.Number == number, ct);
    }

    /// <summary>Side-by-side lines of two texts (a revision against another revision or the current body).</summary>
    public SideBySideDiff Compare(string before, string after) => differ.SideBySide(before, after);

    /// <summary>Puts a revision's title, excerpt and body back; the item keeps its address, category and tags.</summary>
    public async Task<OperationResult<ContentItem>> RestoreAsync(Guid itemId, int number, ContentAuthor author, CancellationToken ct = default)
    {
        var revision = await FindAsync(itemId, number, ct);
        if (revision is null) return OperationResult.NotFound<ContentItem>("Revision not found.");
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
        if (item is null) return OperationResult.NotFound<ContentItem>("Content not found.");
        var tags = await db.TagAssignments.AsNoTracking().Where(a => a.EntityType == ContentTypes.EntityType && a.EntityId == itemId)
            .Join(db.Tags, a => a.TagId, t => t.Id, (a, t) => t.Name).ToListAsync(ct);
        var input = ContentInputs.From(item, tags) with { Title = revision.Title, Excerpt = revision.Excerpt, Body = revision.Body, BodyFormat = revision.BodyFormat };
        return await editing.UpdateAsync(itemId, input, item.ConcurrencyStamp, author, ct);
    }
}
