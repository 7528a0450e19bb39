using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages;
using RusToK.Domain.Modules.Pages.Blocks;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Web.Modules.Pages.Demo;

/// <summary>The demo site's pages and menus: a home page built from blocks, about (with a team page) and contact.</summary>
public sealed class DemoPagesSeeder(ContentPublishingService publishing, PageService pages, MenuService menus) : IDemoDataSeeder
{
    private static readonly ContentAuthor Author = new(null, "Demo Editor");

    // After the blog: the home page's "From the blog" block shows its posts.
    public int Order => 300;

    public async Task SeedAsync(CancellationToken ct)
    {
        async Task<Guid> PageAsync(string title, string slug, string body, Guid? parent = null, int position = 0, string? excerpt = null, string language = "en")
        {
            var input = new ContentInput(title, slug, body, BodyFormat.Markdown, excerpt, PagesModule.PageType, language, ParentId: parent, Position: position);
            var published = await publishing.SaveAndPublishAsync(null, input, null, Author, ct);
            if (!published.Succeeded) throw new InvalidOperationException($"Demo page \"{title}\" was refused: {published.Message}");
            return published.Value!.Id;
        }

        var home = await PageAsync("Home", PagesModule.HomeSlug, "", excerpt: "Small-batch coffee, roasted light, with brewing guides for every morning.");
        await pages.SaveBlocksAsync(home,
        [
            new(BlockKind.Hero, "Coffee roasted this week, brewed your way", "Small-batch, light-roasted coffee from farms we know by name — and guides to brew it well at home.", "/demo/cover-1.svg", null, "Read the blog", "/blog",
                Translations: [new("ru", "Кофе этой недели обжарки — заваривайте по-своему", "Светлая обжарка небольшими партиями, кофе с ферм, которые мы знаем по именам, и советы, как хорошо заварить его дома.", "Читать блог")]),
            new(BlockKind.RichText, "What we do", "We buy green coffee directly from a dozen farms, roast it in small batches every Tuesday and Friday, and write down everything we learn.\n\n- **Traceable**: every bag names its farm.\n- **Fresh**: roasted within the week.\n- **Fair**: we pay well above market prices.",
                Translations: [new("ru", "Что мы делаем", "Мы покупаем зелёный кофе напрямую у дюжины ферм, обжариваем его небольшими партиями по вторникам и пятницам и записываем всё, чему научились.\n\n- **Прозрачно**: на каждой пачке указана ферма.\n- **Свежо**: обжарено на этой неделе.\n- **Честно**: мы платим заметно выше рынка.")]),
            new(BlockKind.LatestPosts, "From the blog", Count: 3, Translations: [new("ru", "Из блога")]),
            new(BlockKind.CallToAction, "Visit the roastery", "Free public cuppings every Thursday at 17:00. No experience needed.", ButtonText: "How to find us", ButtonUrl: "/contact",
                Translations: [new("ru", "Приходите на обжарку", "Бесплатные открытые каппинги каждый четверг в 17:00. Опыт не нужен.", "Как нас найти")]),
        ], ct);

        var about = await PageAsync("About us", "about", "RusToK Demo is a small roastery and café. We started in 2019 with a two-kilo roaster in a garage and a lot of curiosity.\n\n## Our principles\n\nWe roast light, buy directly and share what we learn. Every coffee on our shelf has a story, and we tell it on the bag and on the blog.", position: 1);
        // The about page in Russian too, at the same address: the demo's example of a translated page.
        await PageAsync("О нас", "about", "RusToK Demo — маленькая обжарочная и кофейня. Мы начали в 2019 году с двухкилограммового ростера в гараже и большого любопытства.\n\n## Наши принципы\n\nМы обжариваем светло, покупаем напрямую и делимся тем, что узнали. У каждого кофе на нашей полке есть история, и мы рассказываем её на пачке и в блоге.", position: 1, language: "ru");
        await PageAsync("Our team", "team", "Three of us roast, brew and write here.\n\n- **Marta Ruiz** — head roaster\n- **Ivan Petrov** — green coffee buyer\n- **Demo Editor** — writes the blog", about);
        await PageAsync("Contact", "contact", "**Address:** 12 Roastery Lane, Demo City\n\n**Open:** Tuesday–Sunday, 8:00–18:00\n\n**E-mail:** hello@demo.local\n\nPublic cuppings every Thursday at 17:00.", position: 2);

        await menus.SaveAsync(MenuLocation.Header,
        [
            new SiteLink("Home", "/", [], Ru("Главная")),
            new SiteLink("Shop", "/shop", [], Ru("Магазин")),
            new SiteLink("Blog", "/blog", [], Ru("Блог")),
            new SiteLink("About", "/about", [new SiteLink("Our team", "/about/team", [], Ru("Наша команда"))], Ru("О нас")),
            new SiteLink("Contact", "/contact", [], Ru("Контакты")),
        ], ct);
        await menus.SaveAsync(MenuLocation.Footer,
        [
            new SiteLink("About us", "/about", [], Ru("О нас")),
            new SiteLink("Contact", "/contact", [], Ru("Контакты")),
            new SiteLink("RSS", "/blog/rss.xml", []),
        ], ct);
    }

    private static IReadOnlyList<TranslatedText> Ru(string title) => [new TranslatedText("ru", title)];
}
