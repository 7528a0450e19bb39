using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>Walks the tenant's category tree: a shop has tens of shelves, so the whole tree is read at once.</summary>
public sealed class ProductCategoryTree(IAppDbContext db)
{
    /// <summary>The category with this address and every one below it; empty when there is none.</summary>
    public async Task<IReadOnlyList<Guid>> WithDescendantsAsync(string slug, CancellationToken ct)
    {
        var all = await db.ProductCategories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.ParentId }).ToListAsync(ct);
        var root = all.FirstOrDefault(c => c.Slug == slug);
        if (root is null) return [];
        var found = new List<Guid> { root.Id };
        for (var i = 0; i < found.Count; i++) found.AddRange(all.Where(c => c.ParentId == found[i] && !found.Contains(c.Id)).Select(c => c.Id));
        return found;
    }
}
