namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>What a shopper is told about a variant's stock.</summary>
public enum StockState
{
    InStock = 0,
    Low = 1,
    SoldOut = 2,
}
