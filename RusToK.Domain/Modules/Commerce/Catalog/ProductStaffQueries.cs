using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>The catalog as staff read it: every product whatever its state, searched by name or SKU.</summary>
public sealed class ProductStaffQueries(IAppDbContextFactory dbFactory)
{
    public const int MaxSearchLength = 100;

    public async Task<Page<ProductRow>> ListAsync(string? search, ProductStatus? status, PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var query = db.Products.AsNoTracking();
        if (status is { } wanted) query = query.Where(p => p.Status == wanted);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var words = search.Trim() is { Length: > MaxSearchLength } text ? text[..MaxSearchLength] : search.Trim();
            query = query.Where(p => p.Title.Contains(words) || p.Variants.Any(v => v.Sku.Contains(words)));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.UpdatedAt).Skip(page.Skip).Take(page.Size)
            .Select(p => new { p.Id, p.Title, p.Slug, p.Status, p.ImageUrl, p.PriceFrom, p.Currency, Variants = p.Variants.Count, p.TotalStock, LowestStock = p.Variants.Min(v => (int?)v.Stock) ?? 0, p.UpdatedAt })
            .ToListAsync(ct);
        var items = rows.Select(r => new ProductRow(r.Id, r.Title, r.Slug, r.Status, r.ImageUrl, new Money(r.PriceFrom, r.Currency), r.Variants, r.TotalStock, r.LowestStock, r.UpdatedAt)).ToList();
        return new Page<ProductRow>(items, page.Number, page.Size, total);
    }

    public async Task<Product?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Products.AsNoTracking().Include(p => p.Variants.OrderBy(v => v.Position)).FirstOrDefaultAsync(p => p.Id == id, ct);
    }
}
