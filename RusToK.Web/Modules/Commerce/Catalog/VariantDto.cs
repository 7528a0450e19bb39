using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>A variant with its option values in the product's option order; <c>stock</c> is the units left.</summary>
public sealed record VariantDto(Guid Id, string Sku, string? Barcode, List<string> OptionValues, MoneyDto Price, MoneyDto? CompareAtPrice, int WeightGrams, int Stock, string StockState, string? ImageUrl)
{
    [global::GraphQL.Ignore]
    public static VariantDto From(ProductVariant v, string currency) => new(
        v.Id, v.Sku, v.Barcode, [.. v.OptionValues], MoneyDto.From(new Money(v.Price, currency)),
        v.CompareAtPrice is { } was ? MoneyDto.From(new Money(was, currency)) : null, v.WeightGrams, v.Stock, v.StockState.ToString(), v.ImageUrl);
}
