namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>Where "only a few left" begins, in one place for the storefront, the admin and the API.</summary>
public static class StockStates
{
    public static StockState Of(int stock) => stock <= 0 ? StockState.SoldOut : stock <= ProductVariant.LowStockThreshold ? StockState.Low : StockState.InStock;
}
