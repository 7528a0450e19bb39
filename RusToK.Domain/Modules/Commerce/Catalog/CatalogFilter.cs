namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>
/// What a shopper narrows a listing by: a category (with its sub-categories), a price range in minor units, option
/// values (a variant must have them all), and only what can be bought now.
/// </summary>
public sealed record CatalogFilter(
    string? Category = null,
    long? MinPrice = null,
    long? MaxPrice = null,
    IReadOnlyList<string>? OptionValues = null,
    bool InStockOnly = false,
    CatalogSort Sort = CatalogSort.Newest);
