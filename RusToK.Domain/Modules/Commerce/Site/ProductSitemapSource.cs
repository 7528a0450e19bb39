using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Domain.Modules.Commerce.Site;

/// <summary>The shop's addresses in the sitemap: the shop, its categories with products on sale (in them or below), and each product on sale.</summary>
public sealed class ProductSitemapSource(IAppDbContextFactory dbFactory) : ISitemapSource
{
    public string Module => CommerceModule.ModuleName;

    public async Task<IReadOnlyList<SitemapEntry>> EntriesAsync(CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var onSale = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Active);
        var products = await onSale.OrderByDescending(p => p.UpdatedAt).Select(p => new { p.Slug, p.UpdatedAt }).ToListAsync(ct);
        var stocked = (await onSale.Where(p => p.CategoryId != null).Select(p => p.CategoryId!.Value).Distinct().ToListAsync(ct)).ToHashSet();
        var shelves = await db.ProductCategories.AsNoTracking().Select(c => new { c.Id, c.Slug, c.ParentId }).ToListAsync(ct);
        // A shelf lists what its sub-shelves hold too, so "Coffee" is worth indexing when only "Single origin" has products.
        foreach (var shelf in shelves.Where(s => stocked.Contains(s.Id)).ToList())
        {
            for (var parent = shelf.ParentId; parent is { } id && stocked.Add(id);) parent = shelves.FirstOrDefault(s => s.Id == id)?.ParentId;
        }

        var categories = shelves.Where(s => stocked.Contains(s.Id)).Select(s => s.Slug).ToList();
        return
        [
            new SitemapEntry(ShopAddresses.Index, products.FirstOrDefault()?.UpdatedAt),
            .. categories.Select(slug => new SitemapEntry(ShopAddresses.Category(slug), null)),
            .. products.Select(p => new SitemapEntry(ShopAddresses.Product(p.Slug), p.UpdatedAt)),
        ];
    }
}
