using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Modules.Pages;

/// <summary>Menus, categories and page blocks are translated like posts, and readers get their language or the original.</summary>
public abstract class TranslatedStructuresTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task A_Russian_reader_gets_the_demo_menu_categories_and_home_blocks_in_Russian_and_the_rest_as_written()
    {
        var russian = Reader("ru");
        var home = await russian.GetStringAsync("/");
        home.ShouldContain(">Главная</a>");
        home.ShouldContain("Наша команда");
        home.ShouldContain("Кофе этой недели обжарки");
        home.ShouldContain("Из блога");
        home.ShouldContain("Как нас найти");
        (await russian.GetStringAsync("/blog")).ShouldContain("Как заваривать");
        (await russian.GetStringAsync("/blog/category/origins")).ShouldContain("Фермы, регионы и люди");
        (await russian.GetStringAsync("/about")).ShouldContain("Наши принципы");
        (await russian.GetStringAsync("/about/team")).ShouldContain("<a href=\"about\">О нас</a>");

        var english = await Reader("en").GetStringAsync("/");
        english.ShouldContain(">Home</a>");
        english.ShouldContain("Coffee roasted this week, brewed your way");
        english.ShouldNotContain("Главная");
    }

    [Fact]
    public async Task A_pages_Russian_version_is_what_a_Russian_reader_gets_at_its_address_with_its_children_under_it()
    {
        var editor = await DemoEditorAsync(app);
        var slug = "studio-" + Guid.NewGuid().ToString("N")[..6];
        var original = await PublishAsync(editor, await CreateAsync(editor, new { title = "Our studio", slug, type = "page", body = "Where we roast." }));
        (await editor.PutAsJsonAsync($"/api/v1/pages/{original["id"]}/blocks", new { blocks = new object[] { new { kind = "RichText", text = "Open on Tuesdays.", translations = new[] { new { language = "ru", text = "Открыто по вторникам." } } } } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        await PublishAsync(editor, await CreateAsync(editor, new { title = "Наша студия", slug, type = "page", language = "ru", body = "Здесь мы обжариваем." }));
        await PublishAsync(editor, await CreateAsync(editor, new { title = "Tools", slug = "tools", type = "page", parentId = original["id"] }));

        var russian = await EventuallyAsync(Reader("ru"), $"/{slug}", (r, body) => body.Contains("Наша студия"));
        russian.ShouldContain("Здесь мы обжариваем.");
        russian.ShouldContain("Открыто по вторникам.", customMessage: "a version without blocks of its own shows the original's, in its language");
        russian.ShouldNotContain("Our studio");
        var english = await Reader("en").GetStringAsync($"/{slug}");
        english.ShouldContain("Our studio");
        english.ShouldNotContain("Наша студия");
        (await EventuallyAsync(Reader("ru"), $"/{slug}/tools", (r, body) => r.IsSuccessStatusCode)).ShouldContain($"<a href=\"{slug}\">Наша студия</a>");

        var tree = await (await app.CreateClient().GetAsync("/api/v1/pages")).JsonAsync();
        tree.AsArray().Count(n => n!["path"]!.GetValue<string>() == $"{slug}/tools").ShouldBe(1, "the child stands once, under the page, not under each version");
        var view = await (await app.CreateClient().GetAsync($"/api/v1/pages/by-path?path={slug}&language=ru")).JsonAsync();
        view["title"]!.GetValue<string>().ShouldBe("Наша студия");
        var sitemap = await app.CreateClient().GetStringAsync("/sitemap.xml");
        System.Text.RegularExpressions.Regex.Matches(sitemap, $"/{slug}</loc>").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Translations_are_checked_like_the_texts_they_translate_and_kept_with_them()
    {
        var editor = await DemoEditorAsync(app);
        var name = "Cat " + Guid.NewGuid().ToString("N")[..6];

        var unknown = await editor.PostAsJsonAsync("/api/v1/categories", new { name, translations = new[] { new { language = "de", name = "Katze" } } });
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.JsonAsync())["errors"]!["translations[0].language"]![0]!.GetValue<string>().ShouldContain("ru");
        var tooLong = await editor.PostAsJsonAsync("/api/v1/categories", new { name, translations = new[] { new { language = "ru", name = new string('я', 81) } } });
        (await tooLong.JsonAsync())["errors"]!["translations[0].name"].ShouldNotBeNull();
        (await (await editor.GetAsync("/api/v1/categories")).JsonAsync()).AsArray().ShouldNotContain(c => c!["name"]!.GetValue<string>() == name, "nothing was saved");

        var created = await editor.PostAsJsonAsync("/api/v1/categories", new { name, translations = new[] { new { language = "ru", name = "Кошка", description = "Про кошек" } } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var stored = (await (await editor.GetAsync("/api/v1/categories")).JsonAsync()).AsArray().Single(c => c!["name"]!.GetValue<string>() == name)!;
        stored["translations"]![0]!["name"]!.GetValue<string>().ShouldBe("Кошка");
        (await editor.PutAsJsonAsync($"/api/v1/categories/{stored["id"]}", new { name = name + " 2" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var renamed = (await (await editor.GetAsync("/api/v1/categories")).JsonAsync()).AsArray().Single(c => c!["name"]!.GetValue<string>() == name + " 2")!;
        renamed["translations"]![0]!["name"]!.GetValue<string>().ShouldBe("Кошка", "a client that leaves translations out does not erase them");

        var menu = await editor.PutAsJsonAsync("/api/v1/menus/Footer", new
        {
            items = new object[]
            {
                new { title = "Wholesale", url = "/wholesale", children = Array.Empty<object>(), translations = new[] { new { language = "ru", text = "Оптом" } } },
                new { title = "Press kit", url = "/press", children = Array.Empty<object>() },
            },
        });
        menu.StatusCode.ShouldBe(HttpStatusCode.OK, await menu.Content.ReadAsStringAsync());
        var footer = (await (await editor.GetAsync("/api/v1/menus/Footer")).JsonAsync()).AsArray();
        footer[0]!["translations"]![0]!["text"]!.GetValue<string>().ShouldBe("Оптом");
        var russianHome = await EventuallyAsync(Reader("ru"), "/", (_, html) => html.Contains(">Оптом</a>"));
        russianHome.ShouldContain(">Press kit</a>", customMessage: "a link nobody translated keeps its title");
    }

    // A reader who chose a language with the site's switch (the culture cookie).
    private HttpClient Reader(string language)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c={language}|uic={language}");
        return client;
    }
}

public sealed class TranslatedStructuresOnSqlite(SqliteAppFactory app) : TranslatedStructuresTests<SqliteAppFactory>(app);

public sealed class TranslatedStructuresOnMariaDb(MariaDbAppFactory app) : TranslatedStructuresTests<MariaDbAppFactory>(app);
