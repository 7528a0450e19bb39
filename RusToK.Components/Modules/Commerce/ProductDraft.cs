using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Components.Modules.Commerce;

/// <summary>
/// The product editor's form: the product's fields, its options, and one variant per combination of their values.
/// Changing the options rebuilds the combinations and keeps what was typed for those that remain.
/// </summary>
public sealed class ProductDraft
{
    public string Title { get; set; } = "";

    public string? Slug { get; set; }

    public string Description { get; set; } = "";

    public ProductStatus Status { get; set; } = ProductStatus.Draft;

    public string Currency { get; set; } = "EUR";

    public Guid? CategoryId { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string Tags { get; set; } = "";

    public List<OptionDraft> Options { get; } = [];

    public List<VariantDraft> Variants { get; } = [new()];

    public static ProductDraft Of(Product product)
    {
        var draft = new ProductDraft
        {
            Title = product.Title,
            Slug = product.Slug,
            Description = product.Description,
            Status = product.Status,
            Currency = product.Currency,
            CategoryId = product.CategoryId,
            ImageUrl = product.ImageUrl,
            ImageAlt = product.ImageAlt,
        };
        draft.Options.AddRange(product.Options().Select(o => new OptionDraft { Name = o.Name, Values = string.Join(", ", o.Values) }));
        draft.Variants.Clear();
        draft.Variants.AddRange(product.Variants.OrderBy(v => v.Position).Select(v => VariantDraft.Of(v, product.Currency)));
        return draft;
    }

    /// <summary>One variant per combination of the options' values, in order; a combination already there keeps its SKU, price and stock.</summary>
    public void Recombine()
    {
        var named = Options.Where(o => o.Name.Trim().Length > 0 && o.ValueList.Count > 0).ToList();
        IEnumerable<IReadOnlyList<string>> combinations = [[]];
        foreach (var option in named) combinations = combinations.SelectMany(c => option.ValueList.Select(v => (IReadOnlyList<string>)[.. c, v])).ToList();
        var kept = Variants.ToList();
        Variants.Clear();
        foreach (var combination in combinations.Take(Product.MaxVariants))
        {
            var existing = kept.FirstOrDefault(v => v.OptionValues.SequenceEqual(combination, StringComparer.OrdinalIgnoreCase));
            var template = kept.FirstOrDefault();
            Variants.Add(existing ?? new VariantDraft { OptionValues = combination, Price = template?.Price ?? 0, WeightGrams = template?.WeightGrams ?? 0 });
        }
    }

    public ProductInput ToInput() => new(
        Title, Slug, Description, Status, Currency, [.. Variants.Select(v => v.ToInput(Currency))],
        [.. Options.Where(o => o.Name.Trim().Length > 0).Select(o => new ProductOptionInput(o.Name, o.ValueList))],
        CategoryId, Tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries), ImageUrl, ImageAlt);
}
