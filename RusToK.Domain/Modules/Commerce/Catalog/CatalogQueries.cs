using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>The catalog as shoppers read it: products on sale, in the current tenant, filtered, sorted and paged.</summary>
public sealed class CatalogQueries(IAppDbContextFactory dbFactory)
{
    public async Task<Page<ProductCard>> ListAsync(CatalogFilter filter, PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var query = await FilteredAsync(db, filter, ct);
        var total = await query.CountAsync(ct);
        var sorted = filter.Sort switch
        {
            CatalogSort.PriceLowToHigh => query.OrderBy(p => p.PriceFrom).ThenBy(p => p.Title),
            CatalogSort.PriceHighToLow => query.OrderByDescending(p => p.PriceTo).ThenBy(p => p.Title),
            CatalogSort.Name => query.OrderBy(p => p.Title),
            _ => query.OrderByDescending(p => p.PublishedAt).ThenBy(p => p.Title),
        };
        var rows = await sorted.Skip(page.Skip).Take(page.Size)
            .Select(p => new { p.Id, p.Slug, p.Title, p.ImageUrl, p.ImageAlt, p.PriceFrom, p.PriceTo, p.Currency, p.TotalStock, Discounted = p.Variants.Any(v => v.CompareAtPrice > v.Price) })
            .ToListAsync(ct);
        var cards = rows.Select(r => new ProductCard(r.Id, r.Slug, r.Title, r.ImageUrl, r.ImageAlt, new Money(r.PriceFrom, r.Currency), new Money(r.PriceTo, r.Currency), r.Discounted, r.TotalStock)).ToList();
        return new Page<ProductCard>(cards, page.Number, page.Size, total);
    }

    /// <summary>A product on sale by its address, with its variants in order; null when there is none or it is not on sale.</summary>
    public async Task<Product?> FindOnSaleAsync(string slug, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Products.AsNoTracking().Include(p => p.Variants.OrderBy(v => v.Position))
            .FirstOrDefaultAsync(p => p.Slug == slug && p.Status == ProductStatus.Active, ct);
    }

    /// <summary>
    /// The option values and price range of what a listing holds before option and price filters, so a shopper always
    /// sees every choice of the category. Read from the variants of products on sale (a shop's catalog, not a marketplace's).
    /// </summary>
    public async Task<CatalogFacets> FacetsAsync(string? category, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var products = await FilteredAsync(db, new CatalogFilter(category), ct);
        // A join, not SelectMany over the navigation: SQLite has no APPLY.
        var rows = await products.Join(db.ProductVariants, p => p.Id, v => v.ProductId, (p, v) => new { p.Id, p.Currency, p.Option1Name, p.Option2Name, p.Option3Name, v.Option1, v.Option2, v.Option3, v.Price })
            .ToListAsync(ct);
        var options = rows
            .SelectMany(r => new[] { (Name: r.Option1Name, Value: r.Option1), (Name: r.Option2Name, Value: r.Option2), (Name: r.Option3Name, Value: r.Option3) }
                .Where(o => o.Name is not null && o.Value is not null).Select(o => (Name: o.Name!, Value: o.Value!, r.Id)))
            .GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase)
            .Select(g => new OptionFacet(g.First().Name, g.GroupBy(o => o.Value, StringComparer.OrdinalIgnoreCase)
                .Select(v => new OptionValueCount(v.First().Value, v.Select(o => o.Id).Distinct().Count())).ToList()))
            .OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
        var currency = rows.Select(r => r.Currency).FirstOrDefault();
        return currency is null
            ? new CatalogFacets(options, null, null)
            : new CatalogFacets(options, new Money(rows.Min(r => r.Price), currency), new Money(rows.Max(r => r.Price), currency));
    }

    private static async Task<IQueryable<Product>> FilteredAsync(IAppDbContext db, CatalogFilter filter, CancellationToken ct)
    {
        var query = db.Products.AsNoTracking().Where(p => p.Status == ProductStatus.Active);
        if (filter.Category is { } slug)
        {
            var shelves = await new ProductCategoryTree(db).WithDescendantsAsync(slug, ct);
            query = query.Where(p => p.CategoryId != null && shelves.Contains(p.CategoryId.Value));
        }

        var min = filter.MinPrice;
        var max = filter.MaxPrice;
        var inStock = filter.InStockOnly;
        if (min is not null || max is not null || inStock)
        {
            query = query.Where(p => p.Variants.Any(v => (min == null || v.Price >= min) && (max == null || v.Price <= max) && (!inStock || v.Stock > 0)));
        }

        // Each chosen value must be offered by a variant of the product (in stock, when only those are asked for).
        foreach (var value in filter.OptionValues ?? [])
        {
            query = query.Where(p => p.Variants.Any(v => (v.Option1 == value || v.Option2 == value || v.Option3 == value) && (!inStock || v.Stock > 0)));
        }

        return query;
    }
}
