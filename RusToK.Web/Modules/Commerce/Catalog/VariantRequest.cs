using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>A variant: prices in minor units (1250 is 12.50), option values in the product's option order.</summary>
public sealed record VariantRequest(string Sku, long Price, int Stock, List<string>? OptionValues = null, long? CompareAtPrice = null, int WeightGrams = 0, string? Barcode = null, string? ImageUrl = null)
{
    public VariantInput ToInput() => new(Sku ?? "", Price, Stock, OptionValues, CompareAtPrice, WeightGrams, Barcode, ImageUrl);
}
