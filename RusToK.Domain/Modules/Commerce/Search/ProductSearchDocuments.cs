using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Domain.Modules.Commerce.Search;

/// <summary>
/// Products as search documents: found by name, description, SKUs and option values (a shopper types "decaf" or
/// "1 kg"), public while on sale, narrowed by tags and the category's address.
/// </summary>
public sealed class ProductSearchDocuments(IAppDbContextFactory dbFactory, TagService tags, IContentRenderer renderer) : ISearchDocumentSource
{
    public const string Type = "product";

    public string EntityType => ProductEditingService.EntityType;

    public async Task<SearchDocument?> DocumentAsync(Guid id, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var product = await db.Products.AsNoTracking().Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null) return null;
        var category = product.CategoryId is { } categoryId ? await db.ProductCategories.AsNoTracking().Where(c => c.Id == categoryId).Select(c => c.Slug).FirstOrDefaultAsync(ct) : null;
        var productTags = await tags.ForEntityAsync(ProductEditingService.Ref(id), ct);
        var words = string.Join(' ', [renderer.Render(product.Description, BodyFormat.Markdown).PlainText, .. product.Variants.SelectMany(v => v.OptionValues.Append(v.Sku)).Distinct()]);
        return new SearchDocument(
            ProductEditingService.Ref(id), Type, "", product.Title, words, productTags.Select(t => t.Slug).ToList(), category is null ? [] : [category],
            product.IsOnSale ? ShopAddresses.Product(product.Slug) : EditorPath(id), product.IsOnSale, product.PublishedAt, product.UpdatedAt, CommercePermissions.CatalogManage);
    }

    public IAsyncEnumerable<Guid> IdsAsync(CancellationToken ct) => EntityIds.InPagesAsync(dbFactory, db => db.Products.Select(e => e.Id), ct);

    public string EditorPath(Guid id) => $"admin/shop/products/{id}";

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(string facet, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        if (facet == SearchFacets.Type) return values.Contains(Type) ? new Dictionary<string, string> { [Type] = "Products" } : new Dictionary<string, string>();
        if (facet != SearchFacets.Category) return new Dictionary<string, string>(); // tags are named by the tags capability's own source
        await using var db = dbFactory.CreateContext();
        return await db.ProductCategories.AsNoTracking().Where(c => values.Contains(c.Slug)).ToDictionaryAsync(c => c.Slug, c => c.Name, ct);
    }
}
