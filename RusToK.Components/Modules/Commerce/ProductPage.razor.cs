using Microsoft.AspNetCore.Components;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Components.Modules.Commerce;

/// <summary>A product on sale: picture, price and stock of the chosen variant, the variant picker and the description.</summary>
public partial class ProductPage
{
    private Product? _product;
    private ProductVariant? _selected;
    private ProductCategory? _category;

    [Parameter] public string Slug { get; set; } = "";

    /// <summary>The variant asked for by id (a link from the cart or a search), or by its option values (the picker without script).</summary>
    [SupplyParameterFromQuery(Name = "variant")] public string? VariantInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "option1")] public string? Option1 { get; set; }

    [SupplyParameterFromQuery(Name = "option2")] public string? Option2 { get; set; }

    [SupplyParameterFromQuery(Name = "option3")] public string? Option3 { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Service<CatalogQueries>() is not { } catalog || Service<ProductCategoryService>() is not { } categories
            || await catalog.FindOnSaleAsync(Slug) is not { Variants.Count: > 0 } product)
        {
            Nav.NotFound();
            return;
        }

        _product = product;
        _selected = Choose(product);
        _category = product.CategoryId is { } id ? (await categories.ListAsync()).FirstOrDefault(c => c.Id == id) : null;
    }

    private static Money? WasPrice(Product product, ProductVariant variant) =>
        variant.CompareAtPrice is { } was && was > variant.Price ? new Money(was, product.Currency) : null;

    // By id, else by the values chosen (the first variant that has them all), else the first one that can be bought.
    private ProductVariant Choose(Product product)
    {
        if (Guid.TryParse(VariantInAddress, out var id) && product.Variants.FirstOrDefault(v => v.Id == id) is { } byId) return byId;
        string?[] asked = [Option1, Option2, Option3];
        if (asked.Any(a => a is not null))
        {
            var match = product.Variants.FirstOrDefault(v => asked.Select((value, i) => value is null || string.Equals(v.OptionValues.ElementAtOrDefault(i), value, StringComparison.OrdinalIgnoreCase)).All(ok => ok));
            if (match is not null) return match;
        }

        return product.Variants.FirstOrDefault(v => v.Stock > 0) ?? product.Variants[0];
    }
}
