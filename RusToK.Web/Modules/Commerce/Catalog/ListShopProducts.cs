using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Commerce.Catalog;

/// <summary>
/// What shoppers narrow by: <c>?category=coffee&amp;minPrice=500&amp;maxPrice=2000&amp;option=1 kg&amp;inStock=true&amp;sort=PriceLowToHigh</c>
/// (prices in minor units; each <c>option</c> value must be offered).
/// </summary>
public sealed record ListShopProducts(
    [FromQuery] string? Category,
    [FromQuery] long? MinPrice,
    [FromQuery] long? MaxPrice,
    [FromQuery] string[]? Option,
    [FromQuery] bool? InStock,
    [FromQuery] CatalogSort? Sort,
    [FromQuery] int? Page,
    [FromQuery] int? PageSize) : IPagedInput
{
    public CatalogFilter ToFilter() => new(Category, MinPrice, MaxPrice, Option, InStock == true, Sort ?? CatalogSort.Newest);
}
