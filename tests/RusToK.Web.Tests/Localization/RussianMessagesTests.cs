using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Localization;

/// <summary>A reader who chose Russian gets the platform's messages in Russian: validation over REST and GraphQL, and the account pages' rules.</summary>
public abstract class RussianMessagesTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private async Task<HttpClient> EditorAsync() =>
        app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());

    // A browser that chose Russian with the language switch (ui/preferences?culture=ru) sends this cookie back.
    private CookieSession RussianSession()
    {
        var session = new CookieSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        session.Cookies[".AspNetCore.Culture"] = "c%3Dru%7Cuic%3Dru";
        return session;
    }

    [Fact]
    public async Task A_REST_validation_failure_asked_for_in_Russian_names_the_field_in_Russian_and_keeps_its_field_key()
    {
        var editor = await EditorAsync();
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var missing = await editor.PostAsJsonAsync("/api/v1/announcements", new { body = "no title" });

        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await missing.JsonAsync();
        problem["errors"]!["title"]![0]!.GetValue<string>().ShouldBe("Поле «Заголовок» обязательно.");
        problem["detail"]!.GetValue<string>().ShouldBe("Одно или несколько полей заполнены неверно.");
    }

    [Fact]
    public async Task A_GraphQL_validation_failure_asked_for_in_Russian_is_Russian_and_keeps_its_code()
    {
        var editor = await EditorAsync();
        editor.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var invalid = await editor.GraphQLAsync("mutation { createAnnouncement(title: \"\") { id } }");

        invalid["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("VALIDATION");
        invalid["errors"]![0]!["message"]!.GetValue<string>().ShouldContain("обязательно");
    }

    [Fact]
    public async Task Registering_with_a_weak_password_in_Russian_shows_the_password_rules_in_Russian()
    {
        var session = RussianSession();

        var response = await session.PostFormAsync("/account/register", "/account/register",
            [new("_handler", "register"), new("Input.DisplayName", "Анна"), new("Input.Email", $"weak-{Guid.NewGuid():N}@example.com"), new("Input.Password", "abcdefgh")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Пароль должен содержать хотя бы одну цифру (0–9).");
        html.ShouldNotContain("Passwords must");
    }

    [Fact]
    public async Task A_form_field_left_empty_in_Russian_says_so_in_Russian()
    {
        var session = RussianSession();

        var response = await session.PostFormAsync("/account/register", "/account/register",
            [new("_handler", "register"), new("Input.DisplayName", ""), new("Input.Email", "not-an-address"), new("Input.Password", "Str0ngPassword")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Введите имя.");
        html.ShouldContain("Введите правильный адрес эл. почты.");
    }
}

public sealed class RussianMessagesOnSqlite(SqliteAppFactory app) : RussianMessagesTests<SqliteAppFactory>(app);

public sealed class RussianMessagesOnMariaDb(MariaDbAppFactory app) : RussianMessagesTests<MariaDbAppFactory>(app);
