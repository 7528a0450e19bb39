namespace RusToK.Web.Modules.Commerce.Demo;

/// <summary>The demo roastery's shelves and products: enough to browse, filter and buy, one running low and one sold out.</summary>
public static class DemoShopCatalog
{
    public const string Currency = "EUR";

    public static IReadOnlyList<string> BagSizes { get; } = ["250 g", "1 kg"];

    public static IReadOnlyList<string> Grinds { get; } = ["Whole bean", "Filter", "Espresso"];

    /// <summary>Name, parent (null at the top), description.</summary>
    public static IReadOnlyList<(string Name, string? Parent, string Description)> Categories { get; } =
    [
        ("Coffee", null, "Roasted every Tuesday and Friday, shipped within two days of roasting."),
        ("Single origin", "Coffee", "One farm or one washing station, roasted light to show where it grew."),
        ("Blends", "Coffee", "Balanced for milk and for espresso, the same cup all year."),
        ("Decaf", "Coffee", "Decaffeinated with water or sugar-cane, never with solvents you can taste."),
        ("Brewing gear", null, "What we use on the bar: drippers, grinders, kettles and scales."),
    ];

    public static IReadOnlyList<DemoProduct> Products { get; } =
    [
        new("Ethiopia Yirgacheffe", "Single origin", "Jasmine, bergamot and a finish like black tea. Washed, grown at 2,000 m by the Konga cooperative.\n\n**Best for:** pour-over and AeroPress.", 1450, "#c9a227", ["light roast", "washed", "pour-over"], 40),
        new("Kenya Nyeri AA", "Single origin", "Blackcurrant and grapefruit, bright and juicy. SL28 and SL34 from the slopes of Mount Kenya.\n\n**Best for:** filter coffee.", 1650, "#a23b5a", ["light roast", "washed"], 25),
        new("Colombia Huila", "Single origin", "Red apple, caramel and cocoa; sweet enough to drink black. From twelve smallholders around Pitalito.", 1250, "#c0602f", ["medium roast", "washed"], 60),
        new("Guatemala Antigua", "Single origin", "Milk chocolate, orange peel and a long, clean finish. Grown in volcanic soil under shade trees.", 1300, "#7a4a2a", ["medium roast"], 35),
        new("Brazil Cerrado Natural", "Single origin", "Peanut, chocolate and low acidity: the comfort coffee. Dried in the cherry on raised beds.", 1100, "#8a5a3c", ["natural", "espresso"], 3),
        new("Panama Geisha Reserve", "Single origin", "Peach, honeysuckle and white grape. A few bags a year from one hillside in Boquete.", 3900, "#d4a5a5", ["light roast", "limited"], 0),
        new("House Espresso", "Blends", "Brazil and Colombia for body and sweetness, a little Ethiopia for lift. Dark chocolate with milk, cherry without.", 1150, "#3d2b1f", ["espresso", "blend"], 80, WasPrice: 1290),
        new("Morning Filter Blend", "Blends", "Bright and easy: Colombia and Kenya for the first cup of the day.", 1200, "#e0b050", ["blend", "filter"], 50),
        new("Winter Blend", "Blends", "Spiced and full: Guatemala and a natural Ethiopia, roasted a touch darker for the cold months.", 1350, "#5b2c3a", ["blend", "seasonal"], 30),
        new("Swiss Water Decaf Colombia", "Decaf", "All the caramel and none of the caffeine, decaffeinated with water alone.", 1300, "#4f6d5a", ["decaf", "medium roast"], 20),
        new("Sugar-cane Decaf Peru", "Decaf", "Decaffeinated with sugar-cane ethyl acetate: sweet, nutty and soft.", 1250, "#6b8f71", ["decaf"], 15),
        new("Ceramic V60 Dripper", "Brewing gear", "The cone we use on the bar: a large single hole and spiral ribs for an even, quick drawdown.", 2400, "#f1f1f1", ["pour-over", "equipment"], 12, IsCoffee: false),
        new("Hand Grinder Pro", "Brewing gear", "Steel burrs, 40 click settings from espresso to French press; fits in the AeroPress.", 8900, "#9aa0a6", ["grinder", "equipment"], 6, IsCoffee: false, WasPrice: 9900),
        new("Gooseneck Kettle", "Brewing gear", "0.9 litres with a thin spout for a slow, steady pour; works on gas, electric and induction.", 4500, "#2f3b45", ["pour-over", "equipment"], 9, IsCoffee: false),
    ];
}
