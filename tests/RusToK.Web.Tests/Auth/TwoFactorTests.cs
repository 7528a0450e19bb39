using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Auth;

/// <summary>An account with an authenticator app needs its code for tokens; recovery codes work once.</summary>
public sealed class TwoFactorTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task Enabled_two_factor_requires_the_current_code_and_a_recovery_code_works_once()
    {
        var email = $"careful-{Guid.NewGuid():N}@demo.local";
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        (await admin.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Careful", password = "Careful123!" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var user = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(email, "Careful123!", "demo"))["accessToken"]!.GetValue<string>());

        var setup = await (await user.PostAsync("/api/v1/me/two-factor/setup", null)).JsonAsync();
        var key = setup["sharedKey"]!.GetValue<string>();
        setup["authenticatorUri"]!.GetValue<string>().ShouldStartWith("otpauth://totp/");

        var wrong = await user.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = "000000" == Totp.Code(key) ? "111111" : "000000" });
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var enabled = await user.PostAsJsonAsync("/api/v1/me/two-factor/enable", new { code = Totp.Code(key) });
        enabled.StatusCode.ShouldBe(HttpStatusCode.OK);
        var recovery = (await enabled.JsonAsync())["recoveryCodes"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        recovery.Count.ShouldBe(8);

        var client = app.CreateClient();
        var noCode = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Careful123!", tenant = "demo" });
        noCode.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await noCode.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("two-factor");

        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Careful123!", tenant = "demo", twoFactorCode = Totp.Code(key) })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Careful123!", tenant = "demo", twoFactorCode = recovery[0] })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = "Careful123!", tenant = "demo", twoFactorCode = recovery[0] })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
