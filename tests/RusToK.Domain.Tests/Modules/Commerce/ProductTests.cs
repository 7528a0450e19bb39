using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Events;

namespace RusToK.Domain.Tests.Modules.Commerce;

public sealed class ProductTests
{
    private static readonly RenderedBody Description = new("", "", "");

    private static ProductInput Coffee(ProductStatus status, params VariantInput[] variants) =>
        new("Kenya", null, null, status, "EUR", variants, [new ProductOptionInput("Bag size", ["250 g", "1 kg"])]);

    [Fact]
    public void A_variant_keeps_its_identity_while_its_sku_stays_and_the_product_keeps_its_lowest_price_and_stock()
    {
        var product = Product.Create(Coffee(ProductStatus.Draft, new VariantInput("K-S", 1400, 5, ["250 g"]), new VariantInput("K-L", 4500, 2, ["1 kg"])), "kenya", Description);
        var small = product.Variants.Single(v => v.Sku == "K-S").Id;

        product.Update(Coffee(ProductStatus.Active, new VariantInput("K-S", 1300, 7, ["250 g"]), new VariantInput("K-XL", 8000, 0, ["1 kg"])), "kenya", Description);

        product.Variants.Single(v => v.Sku == "K-S").Id.ShouldBe(small);
        product.Variants.Select(v => v.Sku).ShouldBe(["K-S", "K-XL"]);
        product.PriceFrom.ShouldBe(1300);
        product.PriceTo.ShouldBe(8000);
        product.TotalStock.ShouldBe(7);
        product.Options().Single().Values.ShouldBe(["250 g", "1 kg"]);
    }

    [Fact]
    public void Going_on_sale_is_said_once_and_a_draft_is_not_news_for_readers()
    {
        var product = Product.Create(Coffee(ProductStatus.Draft, new VariantInput("K-S", 1400, 5, ["250 g"])), "kenya", Description);
        ((ProductCreated)product.DomainEvents.Single()).ReadersSeeIt.ShouldBeFalse();

        product.Update(Coffee(ProductStatus.Active, new VariantInput("K-S", 1400, 5, ["250 g"])), "kenya", Description);
        product.Update(Coffee(ProductStatus.Active, new VariantInput("K-S", 1500, 5, ["250 g"])), "kenya", Description);

        product.DomainEvents.OfType<ProductUpdated>().Select(e => e.WentOnSale).ShouldBe([true, false]);
        product.PublishedAt.ShouldNotBeNull();
    }

    [Fact]
    public void Validation_names_every_bad_field_of_every_variant()
    {
        var input = new ProductInput("", "Not A Slug", null, ProductStatus.Active, "EUR",
            [new("", 100, 1, ["250 g"]), new("A", -1, 2_000_000, ["250 g", "extra"]), new("a", 100, 1, ["250 g"])],
            [new ProductOptionInput("Bag size", ["250 g", "1 kg"])]);

        var errors = ProductValidation.Check(input).Errors;

        errors.Keys.ShouldBe(["title", "slug", "variants[0].sku", "variants[1].price", "variants[1].stock", "variants[1].optionValues", "variants"], ignoreOrder: true);
        errors["variants"].ShouldContain("Two variants have the same SKU.");
        errors["variants"].ShouldContain("Two variants have the same option values.");
    }
}
