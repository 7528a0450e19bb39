using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>A product in the staff's list: state, lowest price, variants and stock at a glance.</summary>
public sealed record ProductRowDto(Guid Id, string Title, string Slug, string Status, MoneyDto PriceFrom, int Variants, int TotalStock, string StockState, DateTime UpdatedAt)
{
    [global::GraphQL.Ignore]
    public static ProductRowDto From(ProductRow r) => new(r.Id, r.Title, r.Slug, r.Status.ToString(), MoneyDto.From(r.PriceFrom), r.Variants, r.TotalStock, r.StockState.ToString(), r.UpdatedAt);
}
