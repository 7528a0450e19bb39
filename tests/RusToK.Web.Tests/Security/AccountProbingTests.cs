using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>Nothing the sign-in endpoints answer tells an outsider which e-mail addresses have accounts.</summary>
public sealed class AccountProbingTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<string> FailFiveTimesThenTryAsync(string email)
    {
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++) await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Wrong-guess-1", tenant = "demo" });
        var sixth = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Wrong-guess-1", tenant = "demo" });
        sixth.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        return (await sixth.JsonAsync())["detail"]!.GetValue<string>();
    }

    [Fact]
    public async Task An_unknown_address_is_locked_after_five_failures_just_like_a_real_account()
    {
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        var real = $"real-{Guid.NewGuid():N}@demo.local";
        (await admin.PostAsJsonAsync("/api/v1/users", new { email = real, displayName = "Real Person", password = "Right123!" })).StatusCode.ShouldBe(HttpStatusCode.Created);

        var forReal = await FailFiveTimesThenTryAsync(real);
        var forNobody = await FailFiveTimesThenTryAsync($"nobody-{Guid.NewGuid():N}@demo.local");

        forReal.ShouldContain("locked");
        forNobody.ShouldBe(forReal);
    }

    [Fact]
    public async Task The_first_wrong_password_reads_the_same_for_a_real_and_an_unknown_address()
    {
        var client = app.CreateClient();
        var real = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "editor@demo.local", password = "Not-it-123", tenant = "demo" });
        var unknown = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = $"ghost-{Guid.NewGuid():N}@demo.local", password = "Not-it-123", tenant = "demo" });

        unknown.StatusCode.ShouldBe(real.StatusCode);
        (await unknown.JsonAsync())["detail"]!.GetValue<string>().ShouldBe((await real.JsonAsync())["detail"]!.GetValue<string>());
    }
}
