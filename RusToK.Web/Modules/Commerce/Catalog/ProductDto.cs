using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>A product with its options and variants; the description as safe HTML and as the Markdown it was written in.</summary>
public sealed record ProductDto(
    Guid Id, string Title, string Slug, string Status, string Description, string DescriptionHtml, string Currency, Guid? CategoryId,
    string? ImageUrl, string? ImageAlt, List<ProductOptionDto> Options, List<VariantDto> Variants, DateTime? PublishedAt, Guid ConcurrencyStamp, DateTime UpdatedAt)
{
    [global::GraphQL.Ignore]
    public static ProductDto From(Product p) => new(
        p.Id, p.Title, p.Slug, p.Status.ToString(), p.Description, p.DescriptionHtml, p.Currency, p.CategoryId, p.ImageUrl, p.ImageAlt,
        [.. p.Options().Select(ProductOptionDto.From)], [.. p.Variants.OrderBy(v => v.Position).Select(v => VariantDto.From(v, p.Currency))],
        p.PublishedAt, p.ConcurrencyStamp, p.UpdatedAt);
}
