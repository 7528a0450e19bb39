using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>Sign-in, token and account endpoints slow down guessing: past the limit they answer 429 with Retry-After.</summary>
public sealed class RateLimitTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private HttpClient Limited(int perAddress, int perAccount) => app.SecondHost(b => b
        .UseSetting("RateLimits:PerAddressPerMinute", perAddress.ToString())
        .UseSetting("RateLimits:PerAccountPerMinute", perAccount.ToString())).CreateClient();

    [Fact]
    public async Task One_client_address_gets_429_with_retry_after_once_it_used_its_attempts()
    {
        var client = Limited(perAddress: 3, perAccount: 1000);
        for (var i = 0; i < 3; i++)
        {
            var allowed = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = $"guess{i}@demo.local", password = "Guess-123", tenant = "demo" });
            allowed.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "guess9@demo.local", password = "Guess-123", tenant = "demo" });

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.RetryAfter!.ToString()).ShouldBeInRange(1, 60);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "x" })).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.PostAsync("/account/login", new FormUrlEncodedContent([]))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await client.GetAsync("/account/login")).StatusCode.ShouldBe(HttpStatusCode.OK); // reading the form is not limited
    }

    [Fact]
    public async Task One_account_gets_429_from_any_address_once_it_used_its_attempts_and_others_are_unaffected()
    {
        var client = Limited(perAddress: 1000, perAccount: 2);
        var target = $"target-{Guid.NewGuid():N}@demo.local";
        for (var i = 0; i < 2; i++) await client.PostAsJsonAsync("/api/v1/auth/token", new { email = target, password = "Guess-123", tenant = "demo" });

        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = target, password = "Guess-123", tenant = "demo" });
        var other = await client.PostAsJsonAsync("/api/v1/auth/token", new { email = "editor@demo.local", password = "Editor123!", tenant = "demo" });

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter.ShouldNotBeNull();
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
