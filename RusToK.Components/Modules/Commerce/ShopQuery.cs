using System.Globalization;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Components.Modules.Commerce;

/// <summary>
/// A shop listing's filters as they travel in its address (<c>?min=10&amp;max=25&amp;option=1 kg&amp;stock=1&amp;sort=price</c>),
/// prices in major units as shoppers type them. Whatever does not parse is ignored rather than answered with an error.
/// </summary>
public sealed record ShopQuery(decimal? Min, decimal? Max, IReadOnlyList<string> Options, bool InStockOnly, CatalogSort Sort)
{
    public static readonly IReadOnlyDictionary<string, CatalogSort> SortNames = new Dictionary<string, CatalogSort>
    {
        ["newest"] = CatalogSort.Newest,
        ["price"] = CatalogSort.PriceLowToHigh,
        ["price-desc"] = CatalogSort.PriceHighToLow,
        ["name"] = CatalogSort.Name,
    };

    public static ShopQuery Parse(string? min, string? max, string[]? options, string? stock, string? sort) => new(
        Amount(min), Amount(max), options?.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).Distinct().Take(10).ToList() ?? [],
        stock is "1" or "true" or "on", sort is not null && SortNames.TryGetValue(sort, out var chosen) ? chosen : CatalogSort.Newest);

    public string SortName => SortNames.First(s => s.Value == Sort).Key;

    public bool IsFiltered => Count > 0;

    /// <summary>How many filters are on (a price range counts once).</summary>
    public int Count => (Min is not null || Max is not null ? 1 : 0) + Options.Count + (InStockOnly ? 1 : 0);

    public CatalogFilter ToFilter(string? category, string currency) =>
        new(category, Minor(Min, currency), Minor(Max, currency), Options, InStockOnly, Sort);

    /// <summary>The filters again for the pager's links (encoded, without <c>?</c>), the page left out.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        if (Min is { } min) parts.Add("min=" + min.ToString(CultureInfo.InvariantCulture));
        if (Max is { } max) parts.Add("max=" + max.ToString(CultureInfo.InvariantCulture));
        parts.AddRange(Options.Select(o => "option=" + Uri.EscapeDataString(o)));
        if (InStockOnly) parts.Add("stock=1");
        if (Sort != CatalogSort.Newest) parts.Add("sort=" + SortName);
        return string.Join('&', parts);
    }

    private static decimal? Amount(string? text) =>
        decimal.TryParse(text?.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value is >= 0 and < 10_000_000 ? value : null;

    private static long? Minor(decimal? amount, string currency) => amount is { } value ? (long)Math.Round(value * Currencies.Scale(currency)) : null;
}
