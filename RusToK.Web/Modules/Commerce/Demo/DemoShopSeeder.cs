using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Demo;

/// <summary>Writes the demo roastery's catalog through the use cases staff use, pictures through the media library.</summary>
public sealed class DemoShopSeeder(ProductCategoryService categories, ProductEditingService products, MediaService media) : IDemoDataSeeder
{
    public int Order => 250;

    public async Task SeedAsync(CancellationToken ct)
    {
        var shelves = new Dictionary<string, Guid>();
        for (var i = 0; i < DemoShopCatalog.Categories.Count; i++)
        {
            var (name, parent, description) = DemoShopCatalog.Categories[i];
            var created = await categories.CreateAsync(new ProductCategoryInput(name, null, description, parent is null ? null : shelves[parent], i), ct);
            shelves[name] = Accepted(created, name).Id;
        }

        // Last first: the shop lists the newest first, so it reads in the catalog's order.
        foreach (var product in DemoShopCatalog.Products.Reverse())
        {
            var picture = await PictureAsync(product, ct);
            var input = new ProductInput(product.Title, null, product.Description, ProductStatus.Active, DemoShopCatalog.Currency, VariantsOf(product),
                product.IsCoffee ? [new ProductOptionInput("Bag size", DemoShopCatalog.BagSizes), new ProductOptionInput("Grind", DemoShopCatalog.Grinds)] : null,
                shelves[product.Category], product.Tags, picture, $"A bag of {product.Title}");
            Accepted(await products.CreateAsync(input, ct), product.Title);
        }
    }

    // A coffee: 250 g and 1 kg (3.4 times the price) in three grinds, each variant stocked alike.
    private static List<VariantInput> VariantsOf(DemoProduct product)
    {
        var code = string.Concat(Slug.From(product.Title).Split('-').Select(w => char.ToUpperInvariant(w[0])));
        if (!product.IsCoffee) return [new VariantInput($"{code}-1", product.Price, product.Stock, CompareAtPrice: product.WasPrice, WeightGrams: 900)];
        return [.. DemoShopCatalog.BagSizes.SelectMany((size, s) => DemoShopCatalog.Grinds.Select((grind, g) => new VariantInput(
            $"{code}-{(s == 0 ? "250" : "1K")}-{grind[0]}",
            s == 0 ? product.Price : product.Price * 34 / 10 / 10 * 10,
            product.Stock,
            [size, grind],
            product.WasPrice is { } was ? (s == 0 ? was : was * 34 / 10 / 10 * 10) : null,
            s == 0 ? 250 : 1000)))];
    }

    private async Task<string> PictureAsync(DemoProduct product, CancellationToken ct)
    {
        using var png = new MemoryStream(DemoProductPicture.Paint(product));
        var uploaded = await media.UploadAsync(png, Slug.From(product.Title) + ".png", $"A bag of {product.Title}", ct);
        return Accepted(uploaded, product.Title).Url();
    }

    private static T Accepted<T>(Domain.Kernel.Results.OperationResult<T> result, string what) => result.Succeeded
        ? result.Value!
        : throw new InvalidOperationException($"Demo shop item \"{what}\" was refused: {result.Message} {string.Join(" ", result.Errors.SelectMany(e => e.Value))}");
}
