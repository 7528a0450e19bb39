using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>The shop's shelves: listed in tree order for shoppers and staff, created and edited by staff.</summary>
public sealed class ProductCategoryService(IAppDbContextFactory dbFactory)
{
    public async Task<IReadOnlyList<ProductCategory>> ListAsync(CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.ProductCategories.AsNoTracking().OrderBy(c => c.Position).ThenBy(c => c.Name).ToListAsync(ct);
    }

    public async Task<ProductCategory?> FindBySlugAsync(string slug, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.ProductCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Slug == slug, ct);
    }

    public Task<OperationResult<ProductCategory>> CreateAsync(ProductCategoryInput input, CancellationToken ct = default) => SaveAsync(null, input, ct);

    public Task<OperationResult<ProductCategory>> UpdateAsync(Guid id, ProductCategoryInput input, CancellationToken ct = default) => SaveAsync(id, input, ct);

    private async Task<OperationResult<ProductCategory>> SaveAsync(Guid? id, ProductCategoryInput input, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var category = id is { } existing ? await db.ProductCategories.FirstOrDefaultAsync(c => c.Id == existing, ct) : null;
        if (id is not null && category is null) return OperationResult.NotFound<ProductCategory>("Category not found.");
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Name) : input.Slug.Trim();
        var validator = new Validator()
            .Required("name", input.Name, "Name")
            .MaxLength("name", input.Name, ProductCategory.MaxNameLength, "Name")
            .MaxLength("description", input.Description, ProductCategory.MaxDescriptionLength, "Description")
            .Must(Slug.IsValid(slug), "slug", Slug.Rule)
            .Must(input.ParentId is null || input.ParentId != id, "parentId", "A category cannot sit inside itself.");
        if (validator.IsValid && await db.ProductCategories.AnyAsync(c => c.Slug == slug && c.Id != id, ct)) validator.Add("slug", $"Another category already uses the address \"{slug}\".");
        if (input.ParentId is { } parent && !await db.ProductCategories.AnyAsync(c => c.Id == parent, ct)) validator.Add("parentId", "The parent category does not exist.");
        if (id is not null && input.ParentId is not null && (await new ProductCategoryTree(db).WithDescendantsAsync(category!.Slug, ct)).Contains(input.ParentId.Value))
        {
            validator.Add("parentId", "A category cannot sit inside one of its own sub-categories.");
        }

        if (!validator.IsValid) return validator.ToFailure<ProductCategory>();
        if (category is null)
        {
            category = ProductCategory.Create(input.Name, slug, input.Description, input.ParentId, input.Position);
            db.ProductCategories.Add(category);
        }
        else
        {
            category.Update(input.Name, slug, input.Description, input.ParentId, input.Position);
        }

        await db.SaveChangesAsync(ct);
        return OperationResult.Success(category);
    }
}
