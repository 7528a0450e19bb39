using System.Net;
using System.Net.Http.Json;
using RusToK.Testing;

namespace RusToK.Web.Tests.Auth;

/// <summary>Signing in brings a reader back to their page, and someone who works in the admin straight to it.</summary>
public sealed class SignInLandingTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    private CookieSession NewSession() => new(app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }));

    private static Task<HttpResponseMessage> SignInAsync(CookieSession session, string email, string password, string? returnUrl = null)
    {
        var page = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        return session.PostFormAsync(page, page, [new("_handler", "login"), new("Input.Email", email), new("Input.Password", password)]);
    }

    [Theory]
    [InlineData("editor@demo.local", "Editor123!")]
    [InlineData(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword)]
    public async Task Someone_with_admin_rights_who_signs_in_with_no_return_address_lands_on_the_admin(string email, string password)
    {
        var response = await SignInAsync(NewSession(), email, password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith("/admin");
    }

    [Fact]
    public async Task An_editor_who_signs_in_from_a_post_goes_back_to_that_post()
    {
        var response = await SignInAsync(NewSession(), "editor@demo.local", "Editor123!", "/blog/welcome-to-rustok");

        response.Headers.Location!.ToString().ShouldEndWith("/blog/welcome-to-rustok");
    }

    [Fact]
    public async Task A_customer_who_signs_in_with_no_return_address_lands_on_the_storefront()
    {
        var platform = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        var created = await platform.PostAsJsonAsync("/api/v1/users", new { email = "reader@demo.local", displayName = "Reader", roles = new[] { "Customer" }, password = "Reader123!" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var response = await SignInAsync(NewSession(), "reader@demo.local", "Reader123!");

        response.Headers.Location!.ToString().ShouldNotContain("admin");
    }

    [Fact]
    public async Task The_storefront_s_sign_in_link_carries_the_page_being_read()
    {
        var html = await (await app.CreateClient().GetAsync("/blog")).Content.ReadAsStringAsync();

        html.ShouldContain("account/login?returnUrl=%2Fblog");
    }
}
