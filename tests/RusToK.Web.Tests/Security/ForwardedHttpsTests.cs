using System.Net;
using Microsoft.AspNetCore.Hosting;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>Behind a TLS proxy that ForwardedHeaders trusts, the visitor's HTTPS makes the cookies Secure.</summary>
public sealed class ForwardedHttpsTests(ForwardedHttpsTests.BehindProxy app) : IClassFixture<ForwardedHttpsTests.BehindProxy>
{
    /// <summary>Kestrel on loopback (a trusted proxy address by default) with forwarded headers switched on.</summary>
    public sealed class BehindProxy : KestrelAppFactory
    {
        protected override void ConfigureDatabase(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("ForwardedHeaders:Enabled", "true");
        }
    }

    private CookieSession Visitor(bool forwardedHttps)
    {
        // A client of our own: on a real socket the factory's client follows redirects whatever its options say.
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Address };
        if (forwardedHttps) client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return new CookieSession(client);
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    [Fact]
    public async Task Antiforgery_and_sign_in_cookies_are_Secure_when_the_visitor_came_over_HTTPS()
    {
        var visitor = Visitor(forwardedHttps: true);
        var form = await visitor.GetAsync("/account/login");
        SetCookies(form).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        form.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();

        var signIn = await visitor.PostFormAsync("/account/login", "/account/login", [new("_handler", "login"), new("Input.Email", "editor@demo.local"), new("Input.Password", "Editor123!")]);
        SetCookies(signIn).Single(c => c.StartsWith(CookieSession.AuthCookie + "=", StringComparison.Ordinal)).ShouldContain("secure", Case.Insensitive);
        (await visitor.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Over_plain_HTTP_the_cookies_are_not_marked_Secure()
    {
        var form = await Visitor(forwardedHttps: false).GetAsync("/account/login");
        SetCookies(form).Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal)).ShouldNotContain("secure", Case.Insensitive);
    }
}
