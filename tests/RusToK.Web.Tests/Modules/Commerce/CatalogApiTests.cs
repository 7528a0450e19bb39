using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Commerce;

/// <summary>The catalog through REST and the storefront: what shoppers find and narrow, what staff may write, and only within a site.</summary>
public abstract class CatalogApiTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task The_demo_shop_lists_coffee_by_shelf_option_stock_and_price()
    {
        var shopper = app.CreateClient();
        var all = await (await shopper.GetAsync("/api/v1/shop/products?pageSize=50")).JsonAsync();
        all["totalCount"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(12);

        // "Coffee" holds its sub-shelves' products; the brewing gear is not coffee.
        var coffee = Titles(await (await shopper.GetAsync("/api/v1/shop/products?category=coffee&pageSize=50")).JsonAsync());
        coffee.ShouldContain("Ethiopia Yirgacheffe");
        coffee.ShouldContain("Swiss Water Decaf Colombia");
        coffee.ShouldNotContain("Gooseneck Kettle");

        var inStock = Titles(await (await shopper.GetAsync("/api/v1/shop/products?category=single-origin&inStock=true&pageSize=50")).JsonAsync());
        inStock.ShouldNotContain("Panama Geisha Reserve");
        inStock.ShouldContain("Kenya Nyeri AA");

        var cheap = await (await shopper.GetAsync("/api/v1/shop/products?maxPrice=1200&option=250%20g&sort=PriceLowToHigh&pageSize=50")).JsonAsync();
        var prices = cheap["items"]!.AsArray().Select(p => p!["priceFrom"]!["amount"]!.GetValue<long>()).ToList();
        prices.ShouldNotBeEmpty();
        prices.ShouldBe(prices.Order().ToList());
        prices.ShouldAllBe(p => p <= 1200);
    }

    [Fact]
    public async Task A_product_put_on_sale_has_its_page_with_offers_and_is_in_the_sitemap_and_a_draft_is_not()
    {
        var editor = await DemoEditorAsync(app);
        var sku = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var title = Unique("Rwanda Nyamasheke");
        var created = await editor.PostAsJsonAsync("/api/v1/commerce/products", new
        {
            title,
            description = "Hibiscus and **red currant**.",
            status = "Active",
            currency = "EUR",
            options = new[] { new { name = "Bag size", values = new[] { "250 g", "1 kg" } } },
            variants = new[]
            {
                new { sku = sku + "-S", price = 1390, stock = 10, optionValues = new[] { "250 g" } },
                new { sku = sku + "-L", price = 4490, stock = 0, optionValues = new[] { "1 kg" } },
            },
        });
        var product = await created.JsonAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.Created, product.ToJsonString());
        var slug = product["slug"]!.GetValue<string>();

        var shopper = app.CreateClient();
        var page = await EventuallyAsync(shopper, $"/shop/product/{slug}", (r, _) => r.StatusCode == HttpStatusCode.OK);
        page.ShouldContain($"<h1 class=\"mud-typography mud-typography-h3 rustok-product-title\">{title}</h1>");
        page.ShouldContain("<strong>red currant</strong>");
        page.ShouldContain("\"@type\":\"Product\"");
        page.ShouldContain($"\"sku\":\"{sku}-L\"");
        page.ShouldContain("https://schema.org/OutOfStock");
        page.ShouldContain("€13.90");
        (await EventuallyAsync(shopper, "/sitemap.xml", (_, xml) => xml.Contains($"/shop/product/{slug}"))).ShouldContain("/shop/category/coffee");

        var draft = await editor.PostAsJsonAsync("/api/v1/commerce/products", new { title = Unique("Secret blend"), variants = new[] { new { sku = sku + "-D", price = 100, stock = 1 } } });
        var draftSlug = (await draft.JsonAsync())["slug"]!.GetValue<string>();
        (await shopper.GetAsync($"/shop/product/{draftSlug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.GetAsync($"/api/v1/shop/products/{draftSlug}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await editor.GetAsync($"/api/v1/commerce/products?search={sku}-D")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Bad_products_are_answered_field_by_field_and_nothing_is_saved()
    {
        var editor = await DemoEditorAsync(app);
        var before = (await (await editor.GetAsync("/api/v1/commerce/products")).JsonAsync())["totalCount"]!.GetValue<int>();
        var existingSku = (await (await editor.GetAsync("/api/v1/shop/products/house-espresso")).JsonAsync())["variants"]![0]!["sku"]!.GetValue<string>();

        var response = await editor.PostAsJsonAsync("/api/v1/commerce/products", new
        {
            title = "Broken",
            currency = "XXX",
            options = new[] { new { name = "Grind", values = new[] { "Filter" } } },
            variants = new object[]
            {
                new { sku = existingSku, price = -5, stock = 1, optionValues = new[] { "Filter" } },
                new { sku = "NEW-1", price = 100, stock = -1, optionValues = Array.Empty<string>() },
            },
        });
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["currency", "variants[0].price", "variants[1].stock", "variants[1].optionValues", "variants"], ignoreOrder: true);
        errors["variants"]![0]!.GetValue<string>().ShouldContain(existingSku);

        (await editor.PostAsJsonAsync("/api/v1/commerce/products", new { title = "No variants", variants = Array.Empty<object>() })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await editor.GetAsync("/api/v1/commerce/products")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(before);
        (await app.CreateClient().PostAsJsonAsync("/api/v1/commerce/products", new { title = "Anonymous" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_sites_products_are_never_found_or_written()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements", "commerce");
        var beta = app.CreateClient().WithBearer(tenants.BetaToken);
        var created = await beta.PostAsJsonAsync($"/t/beta{suffix}/api/v1/commerce/products", new { title = "Beta secret roast", status = "Active", variants = new[] { new { sku = "BETA-1", price = 900, stock = 5 } } });
        var product = await created.JsonAsync();
        created.StatusCode.ShouldBe(HttpStatusCode.Created, product.ToJsonString());
        var id = product["id"]!.GetValue<Guid>();

        var alpha = app.CreateClient().WithBearer(tenants.AlphaToken);
        (await (await alpha.GetAsync($"/t/alpha{suffix}/api/v1/shop/products")).JsonAsync())["totalCount"]!.GetValue<int>().ShouldBe(0);
        (await alpha.GetAsync($"/t/alpha{suffix}/api/v1/commerce/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await alpha.DeleteAsync($"/t/alpha{suffix}/api/v1/commerce/products/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().GetAsync("/shop/product/beta-secret-roast")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // The same SKU is free on another site: SKUs are unique per site, not across the platform.
        (await alpha.PostAsJsonAsync($"/t/alpha{suffix}/api/v1/commerce/products", new { title = "Alpha roast", variants = new[] { new { sku = "BETA-1", price = 900, stock = 5 } } })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await (await beta.GetAsync($"/t/beta{suffix}/api/v1/commerce/products/{id}")).JsonAsync())["title"]!.GetValue<string>().ShouldBe("Beta secret roast");
    }

    [Fact]
    public async Task The_shop_pages_filter_without_script_and_say_so_when_nothing_matches()
    {
        var shopper = app.CreateClient();
        var shelf = await shopper.GetStringAsync("/shop/category/coffee?option=1%20kg&sort=price");
        shelf.ShouldContain("data-testid=\"product-grid\"");
        shelf.ShouldContain("value=\"1 kg\" checked");
        shelf.IndexOf("Brazil Cerrado Natural", StringComparison.Ordinal).ShouldBeLessThan(shelf.IndexOf("Panama Geisha Reserve", StringComparison.Ordinal));

        var none = await shopper.GetStringAsync("/shop/category/decaf?min=900");
        none.ShouldContain("Nothing matches these filters.");
        (await shopper.GetAsync("/shop/category/no-such-shelf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.GetAsync("/shop?page=abc")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static List<string> Titles(JsonNode page) => page["items"]!.AsArray().Select(p => p!["title"]!.GetValue<string>()).ToList();
}

public sealed class CatalogApiOnSqlite(SqliteAppFactory app) : CatalogApiTests<SqliteAppFactory>(app);

public sealed class CatalogApiOnMariaDb(MariaDbAppFactory app) : CatalogApiTests<MariaDbAppFactory>(app);
