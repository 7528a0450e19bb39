using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Capabilities.Tags;

/// <summary>The tag vocabulary of the current tenant and what carries each tag. Knows entities only as <see cref="EntityRef"/>.</summary>
public sealed class TagService(IAppDbContextFactory dbFactory, IEnumerable<IPublicEntitySource> publicSources)
{
    /// <summary>
    /// Tags by name with how many entities carry each. With <paramref name="publicOnly"/> only entities anyone may
    /// see count, and a tag that only drafts carry is not listed (its name alone would give the draft away).
    /// </summary>
    public async Task<Page<TagSummary>> ListAsync(string? search, PageRequest page, bool publicOnly, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var assignments = publicOnly ? PublicAssignments(db) : db.TagAssignments;
        var tags = db.Tags.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search)) tags = tags.Where(t => t.Name.Contains(search.Trim()));
        if (publicOnly) tags = tags.Where(t => assignments.Any(a => a.TagId == t.Id));
        var total = await tags.CountAsync(ct);
        var items = await tags.OrderBy(t => t.Name).Skip(page.Skip).Take(page.Size)
            .Select(t => new TagSummary(t.Id, t.Name, t.Slug, assignments.Count(a => a.TagId == t.Id)))
            .ToListAsync(ct);
        return new Page<TagSummary>(items, page.Number, page.Size, total);
    }

    // Each module says which of its entities are public; an entity type no module answers for is never public.
    private IQueryable<TagAssignment> PublicAssignments(IAppDbContext db)
    {
        var perType = publicSources.Select(source => db.TagAssignments.Where(a => a.EntityType == source.EntityType && source.PublicIds(db).Contains(a.EntityId))).ToList();
        return perType.Count == 0 ? db.TagAssignments.Where(_ => false) : perType.Skip(1).Aggregate(perType[0], (all, next) => all.Concat(next));
    }

    public async Task<Tag?> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Tags.AsNoTracking().FirstOrDefaultAsync(t => t.Slug == slug, ct);
    }

    /// <summary>The tags of several entities of one type at once (for lists), keyed by entity id.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Tag>>> ForEntitiesAsync(string entityType, IReadOnlyCollection<Guid> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<Guid, IReadOnlyList<Tag>>();
        await using var db = dbFactory.CreateContext();
        var rows = await db.TagAssignments.AsNoTracking()
            .Where(a => a.EntityType == entityType && ids.Contains(a.EntityId))
            .Join(db.Tags.AsNoTracking(), a => a.TagId, t => t.Id, (a, t) => new { a.EntityId, Tag = t })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.EntityId).ToDictionary(g => g.Key, g => (IReadOnlyList<Tag>)g.Select(r => r.Tag).OrderBy(t => t.Name).ToList());
    }

    public async Task<IReadOnlyList<Tag>> ForEntityAsync(EntityRef entity, CancellationToken ct = default) =>
        (await ForEntitiesAsync(entity.Type, [entity.Id], ct)).GetValueOrDefault(entity.Id) ?? [];

    /// <summary>
    /// Stages the entity's tags in the caller's unit of work (creating new tags as needed), so the entity and
    /// its tags are saved together or not at all. Names must already be normalized and validated.
    /// </summary>
    public static async Task StageAsync(IAppDbContext db, EntityRef entity, IReadOnlyList<string> names, CancellationToken ct = default)
    {
        var wanted = names.Select(n => (Name: n, Slug: Kernel.Text.Slug.From(n))).ToList();
        var slugs = wanted.Select(w => w.Slug).ToList();
        var existing = await db.Tags.Where(t => slugs.Contains(t.Slug)).ToListAsync(ct);
        var tags = wanted.Select(w => existing.FirstOrDefault(t => t.Slug == w.Slug && w.Slug.Length > 0) ?? AddTag(db, existing, w.Name)).ToList();

        var current = await db.TagAssignments.Where(a => a.EntityType == entity.Type && a.EntityId == entity.Id).ToListAsync(ct);
        db.TagAssignments.RemoveRange(current.Where(a => tags.All(t => t.Id != a.TagId)));
        db.TagAssignments.AddRange(tags.Where(t => current.All(a => a.TagId != t.Id)).Select(t => new TagAssignment(t.Id, entity)));
    }

    /// <summary>Stages removal of every tag from an entity that is being deleted.</summary>
    public static async Task StageRemovalAsync(IAppDbContext db, EntityRef entity, CancellationToken ct = default) =>
        db.TagAssignments.RemoveRange(await db.TagAssignments.Where(a => a.EntityType == entity.Type && a.EntityId == entity.Id).ToListAsync(ct));

    public async Task<OperationResult<Tag>> RenameAsync(Guid id, string? name, CancellationToken ct = default)
    {
        name = name?.Trim() ?? "";
        var validator = new Validator().Required("name", name, "Name").MaxLength("name", name, Tag.MaxNameLength, "Name");
        if (!validator.IsValid) return validator.ToFailure<Tag>();
        await using var db = dbFactory.CreateContext();
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tag is null) return OperationResult.NotFound<Tag>("Tag not found.");
        var slug = Kernel.Text.Slug.From(name);
        if (await db.Tags.AnyAsync(t => t.Slug == slug && t.Id != id, ct))
        {
            return OperationResult.Conflict<Tag>($"A tag named \"{name}\" already exists. Merge the two tags instead.");
        }

        tag.Rename(name);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(tag);
    }

    /// <summary>Moves every use of <paramref name="sourceId"/> to <paramref name="targetId"/> and deletes the source tag.</summary>
    public async Task<OperationResult<Tag>> MergeAsync(Guid sourceId, Guid targetId, CancellationToken ct = default)
    {
        if (sourceId == targetId) return OperationResult.Invalid<Tag>("targetId", "Choose a different tag to merge into.");
        await using var db = dbFactory.CreateContext();
        var source = await db.Tags.FirstOrDefaultAsync(t => t.Id == sourceId, ct);
        var target = await db.Tags.FirstOrDefaultAsync(t => t.Id == targetId, ct);
        if (source is null || target is null) return OperationResult.NotFound<Tag>("Tag not found.");

        var moving = await db.TagAssignments.Where(a => a.TagId == sourceId).ToListAsync(ct);
        var alreadyTagged = (await db.TagAssignments.Where(a => a.TagId == targetId).Select(a => new { a.EntityType, a.EntityId }).ToListAsync(ct)).ToHashSet();
        foreach (var assignment in moving)
        {
            if (alreadyTagged.Contains(new { assignment.EntityType, assignment.EntityId })) db.TagAssignments.Remove(assignment);
            else assignment.Retag(targetId);
        }

        source.MarkMergedInto(targetId);
        db.Tags.Remove(source);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(target);
    }

    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var tag = await db.Tags.FirstOrDefaultAsync(t => t.Id == id, ct);
        if (tag is null) return OperationResult.NotFound("Tag not found.");
        var assignments = await db.TagAssignments.Where(a => a.TagId == id).ToListAsync(ct);
        db.TagAssignments.RemoveRange(assignments);
        tag.MarkDeleted(assignments.Select(a => new EntityRef(a.EntityType, a.EntityId)).ToList());
        db.Tags.Remove(tag);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    private static Tag AddTag(IAppDbContext db, List<Tag> existing, string name)
    {
        var tag = Tag.Create(name);
        db.Tags.Add(tag);
        existing.Add(tag);
        return tag;
    }
}
