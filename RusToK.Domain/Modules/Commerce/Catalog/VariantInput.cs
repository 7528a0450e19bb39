namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>One variant as an editor writes it: its option values in the product's option order, and what it costs.</summary>
public sealed record VariantInput(
    string Sku,
    long Price,
    int Stock,
    IReadOnlyList<string>? OptionValues = null,
    long? CompareAtPrice = null,
    int WeightGrams = 0,
    string? Barcode = null,
    string? ImageUrl = null);
