using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Localization;

/// <summary>
/// A program that asks in Russian (Accept-Language or the language cookie) reads the API's ProblemDetails in Russian:
/// titles, details and field messages, while type, status, codes and field names stay; without asking, all stays English.
/// </summary>
public abstract class RussianProblemsTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    private HttpClient Russian()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        return client;
    }

    private static object WrongPassword() => new { email = $"ghost-{Guid.NewGuid():N}@demo.local", password = "nope-nope", tenant = "demo" };

    [Fact]
    public async Task An_unknown_API_address_asked_for_in_Russian_is_a_Russian_404()
    {
        var response = await Russian().GetAsync("/api/v1/no-such-thing");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.JsonAsync();
        problem["title"]!.GetValue<string>().ShouldBe("Не найдено");
        problem["detail"]!.GetValue<string>().ShouldBe("Ни одна операция API не отвечает на GET /api/v1/no-such-thing. Операции REST перечислены в /openapi/v1.json; GraphQL принимает POST /graphql.");
        problem["status"]!.GetValue<int>().ShouldBe(404);
    }

    [Fact]
    public async Task The_language_cookie_alone_is_enough()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dru%7Cuic%3Dru");

        var problem = await (await client.GetAsync("/api/v1/no-such-thing")).JsonAsync();

        problem["title"]!.GetValue<string>().ShouldBe("Не найдено");
    }

    [Fact]
    public async Task A_malformed_sign_in_asked_for_in_Russian_has_a_Russian_title_and_field_messages_under_their_JSON_names()
    {
        var response = await Russian().PostAsJsonAsync("/api/v1/auth/token", new { email = "not-an-email" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.JsonAsync();
        problem["title"]!.GetValue<string>().ShouldBe("Запрос не прошёл проверку.");
        problem["detail"]!.GetValue<string>().ShouldBe("Одно или несколько полей заполнены неверно.");
        problem["errors"]!["email"]![0]!.GetValue<string>().ShouldBe("Поле «Эл. почта» не является правильным адресом эл. почты.");
        problem["errors"]!["password"]![0]!.GetValue<string>().ShouldBe("Поле «Пароль» обязательно.");
    }

    [Fact]
    public async Task A_failed_sign_in_asked_for_in_Russian_says_so_in_Russian()
    {
        var response = await Russian().PostAsJsonAsync("/api/v1/auth/token", WrongPassword());

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var problem = await response.JsonAsync();
        problem["title"]!.GetValue<string>().ShouldBe("Нужен вход");
        problem["detail"]!.GetValue<string>().ShouldBe("Неверный адрес эл. почты, пароль или арендатор.");
    }

    [Fact]
    public async Task A_spent_refresh_token_asked_for_in_Russian_says_so_in_Russian()
    {
        var response = await Russian().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "never-issued" });

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.JsonAsync())["detail"]!.GetValue<string>().ShouldBe("Токен обновления недействителен, истёк или уже был использован.");
    }

    [Fact]
    public async Task A_disabled_modules_API_and_GraphQL_say_so_in_Russian_and_keep_their_code()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix);
        var owner = app.CreateClient().WithBearer(tenants.BetaToken);
        var beta = $"/t/beta{suffix}";
        (await owner.PostAsync($"{beta}/api/v1/modules/announcements/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        owner.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        var hidden = await owner.GetAsync($"{beta}/api/v1/announcements");

        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await hidden.JsonAsync();
        problem["title"]!.GetValue<string>().ShouldBe("Модуль не включён");
        problem["detail"]!.GetValue<string>().ShouldBe("Модуль «Объявления» не включён для этого сайта.");
        var graph = await owner.GraphQLAsync("{ visibleAnnouncements { title } }", $"{beta}/graphql");
        graph["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("MODULE_DISABLED");
        graph["errors"]![0]!["message"]!.GetValue<string>().ShouldBe("Модуль «Объявления» не включён для этого сайта.");
    }

    [Fact]
    public async Task An_unknown_site_asked_for_by_a_program_in_Russian_is_a_Russian_problem()
    {
        // The address of an unknown site is not known to be an API address: the program says it wants JSON.
        var client = Russian();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");

        var response = await client.GetAsync("/t/nobody-here/api/v1/me");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var problem = await response.JsonAsync();
        problem["title"]!.GetValue<string>().ShouldBe("Сайт не найден");
        problem["detail"]!.GetValue<string>().ShouldStartWith("Для адреса «");
    }

    [Fact]
    public async Task Without_asking_for_a_language_the_problems_stay_English()
    {
        var client = app.CreateClient();

        var unknown = await (await client.GetAsync("/api/v1/no-such-thing")).JsonAsync();
        unknown["title"]!.GetValue<string>().ShouldBe("Not Found");
        unknown["detail"]!.GetValue<string>().ShouldStartWith("No API operation answers GET /api/v1/no-such-thing.");

        var invalid = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "not-an-email" })).JsonAsync();
        invalid["title"]!.GetValue<string>().ShouldBe("One or more validation errors occurred.");
        invalid["errors"]!["password"]![0]!.GetValue<string>().ShouldBe("The Password field is required.");

        var refused = await (await client.PostAsJsonAsync("/api/v1/auth/token", WrongPassword())).JsonAsync();
        refused["title"]!.GetValue<string>().ShouldBe("Unauthorized");
        refused["detail"]!.GetValue<string>().ShouldBe("Invalid e-mail, password or tenant.");
    }
}

public sealed class RussianProblemsOnSqlite(SqliteAppFactory app) : RussianProblemsTests<SqliteAppFactory>(app);

public sealed class RussianProblemsOnMariaDb(MariaDbAppFactory app) : RussianProblemsTests<MariaDbAppFactory>(app);
