using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>A product as the staff's list shows it.</summary>
public sealed record ProductRow(Guid Id, string Title, string Slug, ProductStatus Status, string? ImageUrl, Money PriceFrom, int Variants, int TotalStock, int LowestStock, DateTime UpdatedAt)
{
    /// <summary>Sold out when nothing is left; low when any variant is running out (staff restock by variant).</summary>
    public StockState StockState => TotalStock <= 0 ? StockState.SoldOut : LowestStock <= ProductVariant.LowStockThreshold ? StockState.Low : StockState.InStock;
}
