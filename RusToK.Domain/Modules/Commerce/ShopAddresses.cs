namespace RusToK.Domain.Modules.Commerce;

/// <summary>Where the shop's pages live, relative to the site's base, in one place for pages, links, search and the sitemap.</summary>
public static class ShopAddresses
{
    public const string Index = "shop";

    public static string Product(string slug) => $"shop/product/{slug}";

    public static string Category(string slug) => $"shop/category/{slug}";
}
