using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using RusToK.Testing;

namespace RusToK.Web.Tests.Sweep;

/// <summary>The malformed requests an attack run answered with a 500 (or with HTML to a program), one by one.</summary>
public sealed class MalformedInputTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Theory]
    [InlineData("abc")]
    [InlineData("2147483648")]
    [InlineData("-1")]
    [InlineData("0")]
    public async Task A_blog_listing_with_a_page_number_that_is_not_a_page_shows_not_found(string page)
    {
        var reader = Client();
        var now = DateTime.UtcNow;
        foreach (var listing in new[] { "/blog", $"/blog/{now.Year}/{now.Month}" })
        {
            var response = await reader.GetAsync($"{listing}?page={page}");
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, listing);
            (await response.Content.ReadAsStringAsync()).ShouldContain("Page not found");
            (await reader.GetAsync($"{listing}?page=2")).StatusCode.ShouldBe(HttpStatusCode.OK, listing);
        }
    }

    [Theory]
    [InlineData("/account/confirm-email?userId=abc&code=x")]
    [InlineData("/account/set-password?userId=2147483648")]
    [InlineData("/account/login-2fa?rememberMe=abc")]
    public async Task An_account_link_with_a_mangled_query_still_shows_its_page(string address)
    {
        (await Client().GetAsync(address)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/admin/nope")]
    [InlineData("/t/demo/admin/x/y")]
    [InlineData("/admin/content/not-a-guid")]
    public async Task An_unknown_admin_address_sends_an_anonymous_visitor_to_sign_in(string address)
    {
        var response = await Client().GetAsync(address);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task An_unknown_admin_address_shows_the_admins_not_found_page_with_404_to_a_signed_in_administrator()
    {
        var admin = await AdminAsync();

        var response = await admin.GetAsync("/admin/nope/deeper");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("Page not found");
        html.ShouldContain("data-testid=\"sign-out\"", customMessage: "shown in the admin's layout, not the storefront's");
    }

    [Fact]
    public async Task A_media_upload_that_is_not_multipart_is_415_and_one_without_a_file_is_400()
    {
        var admin = await AdminAsync();

        var json = await admin.PostAsync("/api/v1/media", Json("{\"file\":\"abc\"}"));
        var empty = await admin.PostAsync("/api/v1/media", null);
        var noFile = await admin.PostAsync("/api/v1/media", new MultipartFormDataContent { { new StringContent("alt"), "altText" } });

        await ShouldBeProblemAsync(json, HttpStatusCode.UnsupportedMediaType, "multipart/form-data");
        await ShouldBeProblemAsync(empty, HttpStatusCode.UnsupportedMediaType, "multipart/form-data");
        await ShouldBeProblemAsync(noFile, HttpStatusCode.BadRequest, "file");
        var controlAltText = new MultipartFormDataContent { { new StringContent("Alt\u0000"), "altText" }, { new ByteArrayContent(TestImages.Png(4, 4)), "file", "a.png" } };
        await ShouldBeProblemAsync(await admin.PostAsync("/api/v1/media", controlAltText), HttpStatusCode.BadRequest, "control characters");
    }

    [Fact]
    public async Task Every_api_error_is_problem_details_even_to_a_client_that_accepts_html()
    {
        var admin = await AdminAsync();
        admin.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var wrongType = await admin.PostAsync("/api/v1/announcements", new StringContent("{\"title\":\"x\"}", Encoding.UTF8, "text/plain"));
        var unknown = await admin.GetAsync("/api/v1/nope");
        var tenantUnknown = await admin.GetAsync("/t/demo/api/v2/anything");
        var malformedId = await admin.GetAsync("/api/v1/announcements?page=abc");
        var wrongMethod = await admin.PatchAsync("/api/v1/announcements", Json("{}"));
        var graphQLGet = await admin.GetAsync("/graphql");

        await ShouldBeProblemAsync(wrongType, HttpStatusCode.UnsupportedMediaType, "application/json");
        await ShouldBeProblemAsync(unknown, HttpStatusCode.NotFound, "/openapi/v1.json");
        await ShouldBeProblemAsync(tenantUnknown, HttpStatusCode.NotFound, "/openapi/v1.json");
        await ShouldBeProblemAsync(malformedId, HttpStatusCode.BadRequest, "valid");
        await ShouldBeProblemAsync(wrongMethod, HttpStatusCode.MethodNotAllowed, "PATCH");
        await ShouldBeProblemAsync(graphQLGet, HttpStatusCode.MethodNotAllowed, "GET");
    }

    [Fact]
    public async Task Graphql_answers_malformed_arguments_and_variables_with_validation_and_keeps_syntax_error()
    {
        var admin = await AdminAsync();

        string Code(System.Text.Json.Nodes.JsonNode answer) => answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();
        Code(await admin.GraphQLAsync("{ contentItem(id: \"abc\") { id } }")).ShouldBe("VALIDATION");
        Code(await admin.GraphQLAsync("{ contentItem(id: 42) { id } }")).ShouldBe("VALIDATION");
        Code(await admin.GraphQLAsync("{ announcements(page: 2147483648) { id } }")).ShouldBe("VALIDATION");
        Code(await admin.GraphQLAsync("{ nope }")).ShouldBe("VALIDATION");
        var variables = await (await admin.PostAsJsonAsync("/graphql", new { query = "query($id: ID!) { contentItem(id: $id) { id } }", variables = new { id = new { a = 1 } } })).JsonAsync();
        Code(variables).ShouldBe("VALIDATION");
        Code(await admin.GraphQLAsync("{ contentItem(id: ")).ShouldBe("SYNTAX_ERROR");
    }

    [Fact]
    public async Task Control_characters_are_refused_in_rest_bodies_and_addresses_and_in_graphql_literals_and_variables()
    {
        var admin = await AdminAsync();

        var body = await admin.PostAsJsonAsync("/api/v1/announcements", new { title = "Sale\u0000", body = "fine" });
        var query = await admin.GetAsync("/api/v1/tags?search=a%1Bb");
        var literal = await admin.GraphQLAsync("mutation { createAnnouncement(title: \"Sale\\u0000\") { id } }");
        var variable = await (await admin.PostAsJsonAsync("/graphql", new { query = "mutation($t: String!) { createAnnouncement(title: $t) { id } }", variables = new { t = "Sale\u0007" } })).JsonAsync();
        var multiLine = await admin.PostAsJsonAsync("/api/v1/announcements", new { title = "Tabs\tare text", body = "Line one\r\nline two" });

        await ShouldBeProblemAsync(body, HttpStatusCode.BadRequest, "control characters");
        (await body.JsonAsync())["errors"]!["title"].ShouldNotBeNull();
        await ShouldBeProblemAsync(query, HttpStatusCode.BadRequest, "control characters");
        literal["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("VALIDATION");
        literal["data"].ShouldBeNull();
        variable["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("VALIDATION");
        multiLine.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Head_is_answered_on_api_reads()
    {
        var admin = await AdminAsync();

        var head = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/me"));

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
    }

    private static async Task ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string detailMentions)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        text.ShouldContain(detailMentions, Case.Insensitive);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private HttpClient Client() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private async Task<HttpClient> AdminAsync()
    {
        var token = await Client().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo");
        return Client().WithBearer(token["accessToken"]!.GetValue<string>());
    }
}
