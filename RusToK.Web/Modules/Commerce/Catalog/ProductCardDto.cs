using RusToK.Domain.Modules.Commerce;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>A product as a listing shows it; <c>path</c> is its storefront address relative to the site.</summary>
public sealed record ProductCardDto(Guid Id, string Title, string Slug, string Path, string? ImageUrl, MoneyDto PriceFrom, MoneyDto PriceTo, bool IsDiscounted, string StockState)
{
    [global::GraphQL.Ignore]
    public static ProductCardDto From(ProductCard c) => new(
        c.Id, c.Title, c.Slug, ShopAddresses.Product(c.Slug), c.ImageUrl, MoneyDto.From(c.PriceFrom), MoneyDto.From(c.PriceTo), c.IsDiscounted, c.StockState.ToString());
}
