using Microsoft.AspNetCore.Components;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Modules.Commerce;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Components.Modules.Commerce;

/// <summary>The shop and its categories: products on sale as tiles, narrowed by the filters in the address.</summary>
public partial class ShopPage
{
    public const int PageSize = 24;

    private Page<ProductCard>? _products;
    private CatalogFacets? _facets;
    private IReadOnlyList<ProductCategory> _categories = [];
    private ProductCategory? _category;
    private ShopQuery _query = ShopQuery.Parse(null, null, null, null, null);

    [Parameter] public string? Category { get; set; }

    [SupplyParameterFromQuery(Name = "min")] public string? Min { get; set; }

    [SupplyParameterFromQuery(Name = "max")] public string? Max { get; set; }

    [SupplyParameterFromQuery(Name = "option")] public string[]? Option { get; set; }

    [SupplyParameterFromQuery(Name = "stock")] public string? Stock { get; set; }

    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }

    private string Path => Category is null ? ShopAddresses.Index : ShopAddresses.Category(Category);

    private string Title => _category?.Name ?? L["Shop"];

    private string Description => _category is { Description.Length: > 0 } category ? category.Description : L["Everything {0} sells, roasted and shipped fresh.", SiteName];

    protected override async Task OnInitializedAsync()
    {
        if (Service<CatalogQueries>() is not { } catalog || Service<ProductCategoryService>() is not { } categories || CurrentPage is not { } page)
        {
            Nav.NotFound();
            return;
        }

        _categories = await categories.ListAsync();
        _category = Category is null ? null : _categories.FirstOrDefault(c => c.Slug == Category);
        if (Category is not null && _category is null)
        {
            Nav.NotFound();
            return;
        }

        _query = ShopQuery.Parse(Min, Max, Option, Stock, Sort);
        _facets = await catalog.FacetsAsync(Category);
        _products = await catalog.ListAsync(_query.ToFilter(Category, _facets.Lowest?.Currency ?? "USD"), new PageRequest(page, PageSize));
    }
}
