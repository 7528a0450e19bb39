namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>A product as an editor writes it; the variants carry prices and stock (one variant for a product without options).</summary>
public sealed record ProductInput(
    string Title,
    string? Slug,
    string? Description,
    ProductStatus Status,
    string Currency,
    IReadOnlyList<VariantInput> Variants,
    IReadOnlyList<ProductOptionInput>? Options = null,
    Guid? CategoryId = null,
    IReadOnlyList<string>? Tags = null,
    string? ImageUrl = null,
    string? ImageAlt = null);
