using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>What a product must be before it is saved, field by field, so an editor sees every mistake at once.</summary>
public static class ProductValidation
{
    /// <summary>A price above this (ten million in major units) is a typo, not a product.</summary>
    public const long MaxPrice = 1_000_000_000;
    public const int MaxStock = 1_000_000;
    public const int MaxWeightGrams = 1_000_000;

    public static Validator Check(ProductInput input)
    {
        var options = input.Options ?? [];
        var validator = new Validator()
            .Required("title", input.Title, "Title")
            .MaxLength("title", input.Title, Product.MaxTitleLength, "Title")
            .MaxLength("description", input.Description, Product.MaxDescriptionLength, "Description")
            .MaxLength("imageUrl", input.ImageUrl, Product.MaxUrlLength, "Image address")
            .MaxLength("imageAlt", input.ImageAlt, Product.MaxAltLength, "Image description")
            .Must(string.IsNullOrWhiteSpace(input.Slug) || Slug.IsValid(input.Slug), "slug", Slug.Rule)
            .Must(Enum.IsDefined(input.Status), "status", "Status must be Draft, Active or Archived.")
            .Must(Currencies.IsKnown(input.Currency), "currency", $"Currency must be one of {string.Join(", ", Currencies.Codes)}.")
            .Must(string.IsNullOrWhiteSpace(input.ImageUrl) || SafeUrl.IsSafe(input.ImageUrl), "imageUrl", "The image address must be a web address or a file of the media library.")
            .Must(options.Count <= Product.MaxOptions, "options", $"A product has at most {Product.MaxOptions} options.")
            .Must(options.All(o => !string.IsNullOrWhiteSpace(o.Name) && o.Name.Trim().Length <= Product.MaxOptionNameLength), "options", $"Every option needs a name of at most {Product.MaxOptionNameLength} characters.")
            .Must(options.Select(o => o.Name.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() == options.Count, "options", "Two options have the same name.")
            .Must(input.Variants.Count > 0, "variants", "A product needs at least one variant with a SKU and a price.")
            .Must(input.Variants.Count <= Product.MaxVariants, "variants", $"A product has at most {Product.MaxVariants} variants.");
        CheckVariants(validator, input.Variants, options);
        return validator;
    }

    private static void CheckVariants(Validator validator, IReadOnlyList<VariantInput> variants, IReadOnlyList<ProductOptionInput> options)
    {
        for (var i = 0; i < variants.Count; i++)
        {
            var variant = variants[i];
            var field = $"variants[{i}]";
            var values = variant.OptionValues ?? [];
            validator
                .Required($"{field}.sku", variant.Sku, "SKU")
                .MaxLength($"{field}.sku", variant.Sku, ProductVariant.MaxSkuLength, "SKU")
                .MaxLength($"{field}.barcode", variant.Barcode, ProductVariant.MaxSkuLength, "Barcode")
                .MaxLength($"{field}.imageUrl", variant.ImageUrl, Product.MaxUrlLength, "Image address")
                .Must(variant.Price is >= 0 and <= MaxPrice, $"{field}.price", "The price must be zero or more, and at most 10,000,000.")
                .Must(variant.CompareAtPrice is null or >= 0 and <= MaxPrice, $"{field}.compareAtPrice", "The price before the sale must be zero or more, and at most 10,000,000.")
                .Must(variant.Stock is >= 0 and <= MaxStock, $"{field}.stock", $"Stock must be between 0 and {MaxStock:N0}.")
                .Must(variant.WeightGrams is >= 0 and <= MaxWeightGrams, $"{field}.weightGrams", "The weight must be between 0 and 1,000 kg.")
                .Must(values.Count == options.Count, $"{field}.optionValues", $"The variant needs one value for each option ({options.Count}).")
                .Must(values.All(v => !string.IsNullOrWhiteSpace(v) && v.Trim().Length <= ProductVariant.MaxOptionValueLength), $"{field}.optionValues", $"Option values are required, at most {ProductVariant.MaxOptionValueLength} characters.");
        }

        var skus = variants.Select(v => v.Sku?.Trim() ?? "").Where(s => s.Length > 0).ToList();
        validator.Must(skus.Distinct(StringComparer.OrdinalIgnoreCase).Count() == skus.Count, "variants", "Two variants have the same SKU.");
        var combinations = variants.Select(v => string.Join('\u001f', (v.OptionValues ?? []).Select(o => o?.Trim().ToLowerInvariant()))).ToList();
        validator.Must(combinations.Distinct().Count() == combinations.Count, "variants", "Two variants have the same option values.");
    }
}
