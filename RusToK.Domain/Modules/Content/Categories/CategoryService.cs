using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Content.Categories;

/// <summary>The current tenant's category tree.</summary>
public sealed class CategoryService(IAppDbContextFactory dbFactory)
{
    /// <summary>
    /// The whole tree in display order, each node with how many items of any type use it: published ones only
    /// with <paramref name="publishedOnly"/> (what readers may know), else any status (what editors see).
    /// </summary>
    public async Task<IReadOnlyList<CategoryNode>> TreeAsync(bool publishedOnly, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
        var counts = await db.ContentItems.Where(i => i.CategoryId != null && (!publishedOnly || i.Status == ContentStatus.Published)).GroupBy(i => i.CategoryId!.Value)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return Tree(categories, counts);
    }

    public async Task<IReadOnlyList<Category>> ListAsync(CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Categories.AsNoTracking().ToListAsync(ct);
    }

    /// <summary>Arranges categories as a tree in display order (parents before children), counting with <paramref name="counts"/>.</summary>
    public static IReadOnlyList<CategoryNode> Tree(IReadOnlyList<Category> categories, IReadOnlyDictionary<Guid, int> counts)
    {
        var children = categories.ToLookup(c => c.ParentId);
        var result = new List<CategoryNode>();
        void Walk(Guid? parent, int depth)
        {
            foreach (var category in children[parent].OrderBy(c => c.Position).ThenBy(c => c.Name))
            {
                result.Add(new CategoryNode(category, depth, counts.GetValueOrDefault(category.Id)));
                if (depth < 10) Walk(category.Id, depth + 1);
            }
        }

        Walk(null, 0);
        return result;
    }

    public async Task<Category?> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);
    }

    public async Task<OperationResult<Category>> CreateAsync(CategoryInput input, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var validator = await ValidateAsync(db, null, input, ct);
        if (!validator.IsValid) return validator.ToFailure<Category>();
        var category = Category.Create(input);
        db.Categories.Add(category);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(category);
    }

    public async Task<OperationResult<Category>> UpdateAsync(Guid id, CategoryInput input, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return OperationResult.NotFound<Category>("Category not found.");
        var validator = await ValidateAsync(db, id, input, ct);
        if (!validator.IsValid) return validator.ToFailure<Category>();
        category.Update(input);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(category);
    }

    /// <summary>Refused while items or sub-categories still use the category, so nothing is left pointing nowhere.</summary>
    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var category = await db.Categories.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (category is null) return OperationResult.NotFound("Category not found.");
        var used = await db.ContentItems.CountAsync(i => i.CategoryId == id, ct);
        if (used > 0) return OperationResult.Conflict($"\"{category.Name}\" is used by {used} item(s). Move them to another category first.");
        if (await db.Categories.AnyAsync(c => c.ParentId == id, ct)) return OperationResult.Conflict($"\"{category.Name}\" has sub-categories. Move or delete them first.");
        category.MarkDeleted();
        db.Categories.Remove(category);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    private static async Task<Validator> ValidateAsync(IAppDbContext db, Guid? id, CategoryInput input, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Name) : input.Slug.Trim();
        var validator = new Validator()
            .Required("name", input.Name, "Name")
            .MaxLength("name", input.Name, Category.MaxNameLength, "Name")
            .MaxLength("description", input.Description, Category.MaxDescriptionLength, "Description")
            .Must(string.IsNullOrWhiteSpace(input.Name) || Slug.IsValid(slug), "slug", Slug.Rule)
            .Translations("translations", input.Translations);
        foreach (var (t, i) in (input.Translations ?? []).Select((t, i) => (t, i)))
        {
            validator.MaxLength($"translations[{i}].name", t.Name, Category.MaxNameLength, "Name")
                .MaxLength($"translations[{i}].description", t.Description, Category.MaxDescriptionLength, "Description");
        }

        if (!validator.IsValid) return validator;
        if (await db.Categories.AnyAsync(c => c.Slug == slug && c.Id != id, ct)) validator.Add("slug", $"Another category already uses the address \"{slug}\".");
        if (input.ParentId is { } parentId && !await IsValidParentAsync(db, id, parentId, ct)) validator.Add("parentId", "Choose an existing category that is not this one or inside it.");
        return validator;
    }

    // A parent must exist and must not be the category itself or one of its descendants (no cycles).
    private static async Task<bool> IsValidParentAsync(IAppDbContext db, Guid? id, Guid parentId, CancellationToken ct)
    {
        var parents = await db.Categories.AsNoTracking().Select(c => new { c.Id, c.ParentId }).ToDictionaryAsync(c => c.Id, c => c.ParentId, ct);
        if (!parents.ContainsKey(parentId)) return false;
        for (Guid? cursor = parentId; cursor is { } current; cursor = parents.GetValueOrDefault(current))
        {
            if (current == id) return false;
        }

        return true;
    }
}
