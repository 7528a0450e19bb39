using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Components.Modules.Commerce;

/// <summary>A variant being edited, prices in major units as staff type them (12.50).</summary>
public sealed class VariantDraft
{
    public IReadOnlyList<string> OptionValues { get; set; } = [];

    public string Sku { get; set; } = "";

    public decimal Price { get; set; }

    public decimal? CompareAtPrice { get; set; }

    public int Stock { get; set; }

    public int WeightGrams { get; set; }

    public string? Barcode { get; set; }

    public string? ImageUrl { get; set; }

    public string Label => OptionValues.Count == 0 ? "" : string.Join(" / ", OptionValues);

    public static VariantDraft Of(ProductVariant v, string currency) => new()
    {
        OptionValues = v.OptionValues,
        Sku = v.Sku,
        Price = v.Price / (decimal)Currencies.Scale(currency),
        CompareAtPrice = v.CompareAtPrice / (decimal?)Currencies.Scale(currency),
        Stock = v.Stock,
        WeightGrams = v.WeightGrams,
        Barcode = v.Barcode,
        ImageUrl = v.ImageUrl,
    };

    public VariantInput ToInput(string currency) => new(
        Sku, Minor(Price, currency), Stock, OptionValues, CompareAtPrice is { } was ? Minor(was, currency) : null, WeightGrams, Barcode, ImageUrl);

    private static long Minor(decimal amount, string currency) => (long)Math.Round(amount * Currencies.Scale(currency));
}
