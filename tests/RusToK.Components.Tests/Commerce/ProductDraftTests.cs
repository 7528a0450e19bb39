using RusToK.Components.Modules.Commerce;

namespace RusToK.Components.Tests.Commerce;

public sealed class ProductDraftTests
{
    [Fact]
    public void Options_make_one_variant_per_combination_and_what_was_typed_survives_a_new_value()
    {
        var draft = new ProductDraft { Currency = "EUR" };
        draft.Variants[0].Price = 12.5m;
        draft.Options.Add(new OptionDraft { Name = "Bag size", Values = "250 g, 1 kg" });
        draft.Options.Add(new OptionDraft { Name = "Grind", Values = "Whole bean" });
        draft.Recombine();
        draft.Variants.Select(v => v.Label).ShouldBe(["250 g / Whole bean", "1 kg / Whole bean"]);
        draft.Variants.ShouldAllBe(v => v.Price == 12.5m);
        draft.Variants[1].Sku = "K-1K-W";
        draft.Variants[1].Stock = 7;

        draft.Options[1].Values = "Whole bean, Filter";
        draft.Recombine();

        draft.Variants.Select(v => v.Label).ShouldBe(["250 g / Whole bean", "250 g / Filter", "1 kg / Whole bean", "1 kg / Filter"]);
        draft.Variants[2].Sku.ShouldBe("K-1K-W");
        draft.Variants[2].Stock.ShouldBe(7);
    }

    [Fact]
    public void Prices_typed_in_major_units_are_saved_in_minor_units()
    {
        var draft = new ProductDraft { Title = "Kettle", Currency = "EUR" };
        draft.Variants[0].Sku = "KET-1";
        draft.Variants[0].Price = 44.99m;
        draft.Variants[0].CompareAtPrice = 59m;

        var variant = draft.ToInput().Variants.Single();

        variant.Price.ShouldBe(4499);
        variant.CompareAtPrice.ShouldBe(5900);
        draft.ToInput().Options.ShouldBeEmpty();
    }
}
