using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>
/// Create or update a product with its variants (at least one). On update, send the <c>ConcurrencyStamp</c> you read:
/// if someone saved in between, the answer is 409 and nothing is overwritten. A variant keeps its id while its SKU stays.
/// </summary>
public sealed record ProductRequest(
    [property: Required, MaxLength(Product.MaxTitleLength)] string Title,
    List<VariantRequest> Variants,
    string? Slug = null,
    [property: MaxLength(Product.MaxDescriptionLength)] string? Description = null,
    ProductStatus Status = ProductStatus.Draft,
    string Currency = "USD",
    List<ProductOptionRequest>? Options = null,
    Guid? CategoryId = null,
    List<string>? Tags = null,
    string? ImageUrl = null,
    string? ImageAlt = null,
    Guid? ConcurrencyStamp = null)
{
    public ProductInput ToInput() => new(
        Title, Slug, Description, Status, Currency ?? "", [.. (Variants ?? []).Select(v => v.ToInput())], Options?.Select(o => o.ToInput()).ToList(), CategoryId, Tags, ImageUrl, ImageAlt);
}
