using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>Staff's use cases on the catalog: create, edit and delete products, always within the current tenant.</summary>
public sealed class ProductEditingService(IAppDbContextFactory dbFactory, IContentRenderer renderer)
{
    public const string EntityType = "product";
    private const string ConflictMessage = "Someone else changed this product since you opened it. Reload to see their version.";

    public static EntityRef Ref(Guid id) => new(EntityType, id);

    public Task<OperationResult<Product>> CreateAsync(ProductInput input, CancellationToken ct = default) => SaveAsync(null, input, null, ct);

    /// <summary>Saves when <paramref name="expectedStamp"/> still matches; otherwise reports the conflict.</summary>
    public Task<OperationResult<Product>> UpdateAsync(Guid id, ProductInput input, Guid? expectedStamp, CancellationToken ct = default) => SaveAsync(id, input, expectedStamp, ct);

    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var product = await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (product is null) return OperationResult.NotFound("Product not found.");
        product.MarkDeleted();
        db.Products.Remove(product);
        await TagService.StageRemovalAsync(db, Ref(id), ct);
        await MediaService.StageUsagesAsync(db, Ref(id), new HashSet<Guid>(), ct);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    private async Task<OperationResult<Product>> SaveAsync(Guid? id, ProductInput input, Guid? expectedStamp, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var product = id is { } existing ? await db.Products.Include(p => p.Variants).FirstOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id is not null && product is null) return OperationResult.NotFound<Product>("Product not found.");
        if (product is not null && expectedStamp is { } stamp && stamp != product.ConcurrencyStamp) return OperationResult.Conflict<Product>(ConflictMessage);

        var tags = TagNames.Normalize(input.Tags);
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Title) : input.Slug.Trim();
        var validator = ProductValidation.Check(input);
        TagNames.Validate(tags, validator);
        await CheckAgainstCatalogAsync(db, id, input, slug, validator, ct);
        if (!validator.IsValid) return validator.ToFailure<Product>();

        var description = renderer.Render(input.Description ?? "", BodyFormat.Markdown);
        if (product is null)
        {
            product = Product.Create(input, slug, description);
            db.Products.Add(product);
        }
        else
        {
            product.Update(input, slug, description);
        }

        await TagService.StageAsync(db, Ref(product.Id), tags, ct);
        await MediaService.StageUsagesAsync(db, Ref(product.Id), MediaReferences.In([input.ImageUrl, input.Description, .. input.Variants.Select(v => v.ImageUrl)]), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult.Conflict<Product>(ConflictMessage);
        }

        return OperationResult.Success(product);
    }

    // What only the stored catalog can tell: the address and the SKUs are the tenant's own, the category exists.
    private static async Task CheckAgainstCatalogAsync(IAppDbContext db, Guid? id, ProductInput input, string slug, Validator validator, CancellationToken ct)
    {
        // No title and no address: the title's own message says what to do.
        validator.Must(Slug.IsValid(slug) || (string.IsNullOrWhiteSpace(input.Title) && string.IsNullOrWhiteSpace(input.Slug)), "slug", string.IsNullOrWhiteSpace(input.Slug) ? "Enter an address (slug): the title has no letters to make one from." : Slug.Rule);
        if (validator.IsValid && await db.Products.AnyAsync(p => p.Slug == slug && p.Id != id, ct)) validator.Add("slug", $"Another product already uses the address \"{slug}\".");
        if (input.CategoryId is { } category && !await db.ProductCategories.AnyAsync(c => c.Id == category, ct)) validator.Add("categoryId", "That category does not exist.");
        var skus = input.Variants.Select(v => v.Sku?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        var taken = await db.ProductVariants.Where(v => skus.Contains(v.Sku) && v.ProductId != id).Select(v => v.Sku).ToListAsync(ct);
        if (taken.Count > 0) validator.Add("variants", $"Another product already uses the SKU {string.Join(", ", taken.Order())}.");
    }
}
