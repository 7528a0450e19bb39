using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>A product as a listing shows it: picture, name, "from" price, whether it is on sale and whether any is left.</summary>
public sealed record ProductCard(Guid Id, string Slug, string Title, string? ImageUrl, string? ImageAlt, Money PriceFrom, Money PriceTo, bool IsDiscounted, int TotalStock)
{
    public bool HasPriceRange => PriceFrom.Minor != PriceTo.Minor;

    public StockState StockState => StockStates.Of(TotalStock);
}
