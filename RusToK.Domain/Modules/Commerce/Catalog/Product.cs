using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Commerce.Events;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>
/// Something the shop sells, with up to three options (bag size, grind) whose combinations are its variants. The
/// lowest price and the stock of all variants are kept on the product too, so listings filter and sort on one table.
/// </summary>
public sealed class Product : TenantOwnedAggregate
{
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 20_000;
    public const int MaxUrlLength = 500;
    public const int MaxAltLength = 200;
    public const int MaxOptionNameLength = 40;
    public const int MaxOptions = 3;
    public const int MaxVariants = 100;

    private readonly List<ProductVariant> _variants = [];

    private Product()
    {
    }

    public string Title { get; private set; } = "";

    public string Slug { get; private set; } = "";

    /// <summary>Markdown as the editor wrote it.</summary>
    public string Description { get; private set; } = "";

    /// <summary>The description rendered and sanitized at save time.</summary>
    public string DescriptionHtml { get; private set; } = "";

    public ProductStatus Status { get; private set; }

    public string Currency { get; private set; } = "USD";

    public Guid? CategoryId { get; private set; }

    public string? ImageUrl { get; private set; }

    public string? ImageAlt { get; private set; }

    public string? Option1Name { get; private set; }

    public string? Option2Name { get; private set; }

    public string? Option3Name { get; private set; }

    /// <summary>The cheapest variant's price, for "from $9.50" and for sorting by price.</summary>
    public long PriceFrom { get; private set; }

    public long PriceTo { get; private set; }

    /// <summary>Units in stock over every variant: zero means sold out.</summary>
    public int TotalStock { get; private set; }

    /// <summary>When the product first went on sale (kept when it is taken off and put back).</summary>
    public DateTime? PublishedAt { get; private set; }

    public IReadOnlyList<ProductVariant> Variants => _variants;

    public IReadOnlyList<string> OptionNames => new[] { Option1Name, Option2Name, Option3Name }.OfType<string>().ToList();

    public bool IsOnSale => Status == ProductStatus.Active;

    public static Product Create(ProductInput input, string slug, RenderedBody description)
    {
        var product = new Product();
        product.Apply(input, slug, description);
        product.Raise(new ProductCreated(product.Id, product.Title, product.IsOnSale));
        return product;
    }

    public void Update(ProductInput input, string slug, RenderedBody description)
    {
        var wasOnSale = IsOnSale;
        Apply(input, slug, description);
        Raise(new ProductUpdated(Id, Title, IsOnSale, IsOnSale && !wasOnSale));
    }

    public void MarkDeleted() => Raise(new ProductDeleted(Id, Title));

    /// <summary>The options with their values in the order the variants first use them.</summary>
    public IReadOnlyList<ProductOptionInput> Options() => OptionNames
        .Select((name, index) => new ProductOptionInput(name, _variants.OrderBy(v => v.Position).Select(v => v.OptionValues.ElementAtOrDefault(index)).OfType<string>().Distinct().ToList()))
        .ToList();

    private void Apply(ProductInput input, string slug, RenderedBody description)
    {
        Title = input.Title.Trim();
        Slug = slug;
        Description = input.Description?.Trim() ?? "";
        DescriptionHtml = description.Html;
        Status = input.Status;
        Currency = input.Currency;
        CategoryId = input.CategoryId;
        ImageUrl = string.IsNullOrWhiteSpace(input.ImageUrl) ? null : input.ImageUrl.Trim();
        ImageAlt = string.IsNullOrWhiteSpace(input.ImageAlt) ? null : input.ImageAlt.Trim();
        var names = input.Options?.Select(o => o.Name.Trim()).ToList() ?? [];
        Option1Name = names.ElementAtOrDefault(0);
        Option2Name = names.ElementAtOrDefault(1);
        Option3Name = names.ElementAtOrDefault(2);
        if (IsOnSale) PublishedAt ??= DateTime.UtcNow;
        ReplaceVariants(input.Variants);
    }

    // A variant keeps its id while its SKU stays, so what a cart or an order points at survives an edit of the product.
    private void ReplaceVariants(IReadOnlyList<VariantInput> inputs)
    {
        var bySku = _variants.ToDictionary(v => v.Sku, StringComparer.OrdinalIgnoreCase);
        var kept = new List<ProductVariant>();
        for (var position = 0; position < inputs.Count; position++)
        {
            var input = inputs[position];
            if (bySku.TryGetValue(input.Sku.Trim(), out var existing)) existing.Apply(position, input);
            else existing = ProductVariant.Create(Id, position, input);
            kept.Add(existing);
        }

        _variants.RemoveAll(v => !kept.Contains(v));
        foreach (var variant in kept.Where(v => !_variants.Contains(v))) _variants.Add(variant);
        PriceFrom = kept.Count == 0 ? 0 : kept.Min(v => v.Price);
        PriceTo = kept.Count == 0 ? 0 : kept.Max(v => v.Price);
        TotalStock = kept.Sum(v => Math.Max(0, v.Stock));
    }
}
