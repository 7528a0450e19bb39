using System.Net;
using RusToK.Testing;

namespace RusToK.Web.Tests.Security;

/// <summary>Signing out needs the form's token, and ends the session for every copy of its cookie.</summary>
public sealed class SessionEndTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    private async Task<CookieSession> SignedInAsync()
    {
        var session = new CookieSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        await session.SignInAsync("editor@demo.local", "Editor123!");
        (await session.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        return session;
    }

    [Fact]
    public async Task Logout_without_the_antiforgery_token_is_refused_and_the_session_stays()
    {
        var session = await SignedInAsync();

        var response = await session.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent([]) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await session.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task After_logout_a_cookie_copied_before_it_no_longer_signs_in()
    {
        var session = await SignedInAsync();
        var copied = new CookieSession(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));
        foreach (var cookie in session.Cookies) copied.Cookies[cookie.Key] = cookie.Value;

        var logout = await session.PostFormAsync("/", "/account/logout", []);

        logout.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        session.Cookies.ShouldNotContainKey(CookieSession.AuthCookie);
        (await copied.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var admin = await copied.GetAsync("/admin");
        admin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        admin.Headers.Location!.ToString().ShouldContain("account/login");
    }

    [Fact]
    public async Task Another_session_of_the_same_person_survives_their_sign_out_elsewhere()
    {
        var phone = await SignedInAsync();
        var laptop = await SignedInAsync();

        (await laptop.PostFormAsync("/", "/account/logout", [])).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await phone.GetAsync("/api/v1/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
