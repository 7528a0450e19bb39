using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>What a shopper actually buys: one combination of the product's options, with its own SKU, price and stock.</summary>
public sealed class ProductVariant : Entity, ITenantOwned
{
    public const int MaxSkuLength = 64;
    public const int MaxOptionValueLength = 60;
    public const int LowStockThreshold = 5;

    private ProductVariant()
    {
    }

    public Guid TenantId { get; set; }

    public Guid ProductId { get; private set; }

    public int Position { get; private set; }

    public string Sku { get; private set; } = "";

    public string? Barcode { get; private set; }

    public long Price { get; private set; }

    public long? CompareAtPrice { get; private set; }

    public int WeightGrams { get; private set; }

    public int Stock { get; private set; }

    public string? Option1 { get; private set; }

    public string? Option2 { get; private set; }

    public string? Option3 { get; private set; }

    public string? ImageUrl { get; private set; }

    public IReadOnlyList<string> OptionValues => new[] { Option1, Option2, Option3 }.OfType<string>().ToList();

    public StockState StockState => StockStates.Of(Stock);

    public Money PriceIn(string currency) => new(Price, currency);

    internal static ProductVariant Create(Guid productId, int position, VariantInput input)
    {
        var variant = new ProductVariant { ProductId = productId };
        variant.Apply(position, input);
        return variant;
    }

    internal void Apply(int position, VariantInput input)
    {
        var values = input.OptionValues ?? [];
        Position = position;
        Sku = input.Sku.Trim();
        Barcode = string.IsNullOrWhiteSpace(input.Barcode) ? null : input.Barcode.Trim();
        Price = input.Price;
        CompareAtPrice = input.CompareAtPrice is > 0 ? input.CompareAtPrice : null;
        WeightGrams = input.WeightGrams;
        Stock = input.Stock;
        Option1 = values.ElementAtOrDefault(0)?.Trim();
        Option2 = values.ElementAtOrDefault(1)?.Trim();
        Option3 = values.ElementAtOrDefault(2)?.Trim();
        ImageUrl = string.IsNullOrWhiteSpace(input.ImageUrl) ? null : input.ImageUrl.Trim();
    }
}
