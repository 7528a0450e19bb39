using System.Net;
using System.Net.Http.Json;
using System.Text;
using RusToK.Testing;

namespace RusToK.Web.Tests.Auth;

/// <summary>Programs get, refresh and revoke tokens; anything forged, reused or misdirected is refused.</summary>
public abstract class TokenTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Valid_credentials_give_a_bearer_token_that_opens_the_api()
    {
        var tokens = await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo");
        tokens["tokenType"]!.GetValue<string>().ShouldBe("Bearer");
        tokens["expiresIn"]!.GetValue<int>().ShouldBeInRange(800, 900);

        var me = await (await app.CreateClient().WithBearer(tokens["accessToken"]!.GetValue<string>()).GetAsync("/api/v1/me")).JsonAsync();
        me["isPlatformAdmin"]!.GetValue<bool>().ShouldBeTrue();
        me["tenantSlug"]!.GetValue<string>().ShouldBe("demo");
    }

    [Fact]
    public async Task Wrong_password_answers_401_with_a_problem_and_no_token()
    {
        var response = await app.CreateClient().PostAsJsonAsync("/api/v1/auth/token", new { email = "editor@demo.local", password = "nope-nope", tenant = "demo" });
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("Invalid e-mail, password or tenant");
    }

    [Fact]
    public async Task Unknown_tenant_and_missing_fields_are_clear_errors()
    {
        var client = app.CreateClient();
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "editor@demo.local", password = "Editor123!", tenant = "no-such-site" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var missing = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "not-an-email" });
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await missing.JsonAsync())["errors"]!.AsObject();
        errors.Select(e => e.Key).ShouldBe(["email", "password", "tenant"], ignoreOrder: true);
    }

    [Fact]
    public async Task Refresh_rotates_and_a_reused_refresh_token_revokes_the_whole_family()
    {
        var client = app.CreateClient();
        var first = await client.TokenAsync("editor@demo.local", "Editor123!", "demo");
        var original = first["refreshToken"]!.GetValue<string>();

        var second = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = original });
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rotated = (await second.JsonAsync())["refreshToken"]!.GetValue<string>();
        rotated.ShouldNotBe(original);

        // The old token shows up again: someone copied it. Both it and its successor die.
        (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = original })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = rotated })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Revoked_refresh_token_no_longer_refreshes()
    {
        var client = app.CreateClient();
        var tokens = await client.TokenAsync("editor@demo.local", "Editor123!", "demo");
        var refresh = tokens["refreshToken"]!.GetValue<string>();
        (await client.PostAsJsonAsync("/api/v1/auth/revoke", new { refreshToken = refresh })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tampered_and_unsigned_tokens_are_refused()
    {
        var token = (await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>();
        var parts = token.Split('.');

        var tamperedPayload = Base64Url(Encoding.UTF8.GetString(FromBase64Url(parts[1])).Replace("admin@rustok.local", "evil@rustok.local"));
        var tampered = $"{parts[0]}.{tamperedPayload}.{parts[2]}";
        (await app.CreateClient().WithBearer(tampered).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var unsigned = $"{Base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}")}.{parts[1]}.";
        (await app.CreateClient().WithBearer(unsigned).GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await app.CreateClient().WithBearer("not-a-token").GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var client = app.CreateClient();
        var email = $"lock-{Guid.NewGuid():N}@demo.local";
        var admin = app.CreateClient().WithBearer((await client.TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Lock Me", password = "Right123!" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Wrong123!", tenant = "demo" });

        var locked = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Right123!", tenant = "demo" });
        locked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await locked.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("locked");
    }

    private static string Base64Url(string text) => Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s + new string('=', (4 - (s.Length % 4)) % 4));
    }
}

public sealed class TokenTestsOnSqlite(SqliteAppFactory app) : TokenTests<SqliteAppFactory>(app);

public sealed class TokenTestsOnMariaDb(MariaDbAppFactory app) : TokenTests<MariaDbAppFactory>(app);
