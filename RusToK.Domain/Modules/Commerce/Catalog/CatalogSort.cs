namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>The orders a shopper may list products in.</summary>
public enum CatalogSort
{
    Newest = 0,
    PriceLowToHigh = 1,
    PriceHighToLow = 2,
    Name = 3,
}
