namespace RusToK.Web.Modules.Commerce.Demo;

/// <summary>One product of the demo roastery: coffees come in bag sizes and grinds, gear in one variant.</summary>
/// <param name="Price">Of the smallest variant, in cents.</param>
/// <param name="Stock">Units of each variant; zero for a sold-out product.</param>
public sealed record DemoProduct(string Title, string Category, string Description, long Price, string Colour, string[] Tags, int Stock, bool IsCoffee = true, long? WasPrice = null);
