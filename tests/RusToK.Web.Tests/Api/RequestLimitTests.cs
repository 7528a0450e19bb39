using System.Net;
using System.Text;
using RusToK.Testing;

namespace RusToK.Web.Tests.Api;

/// <summary>Oversized bodies are refused by the server before any work is done.</summary>
public sealed class RequestLimitTests(KestrelSqliteAppFactory app) : IClassFixture<KestrelSqliteAppFactory>
{
    [Fact]
    public async Task Body_over_one_megabyte_is_refused_with_413()
    {
        using var client = new HttpClient { BaseAddress = app.Address };
        var tokens = await client.TokenAsync("editor@demo.local", "Editor123!", "demo");
        client.WithBearer(tokens["accessToken"]!.GetValue<string>());

        var huge = new StringContent("{\"title\":\"" + new string('x', 1_200_000) + "\"}", Encoding.UTF8, "application/json");
        var response = await client.PostAsync("/api/v1/announcements", huge);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Graphql_body_over_one_megabyte_is_refused_with_413_problem_details()
    {
        using var client = new HttpClient { BaseAddress = app.Address };
        var huge = new StringContent("{\"query\":\"{ __typename }\",\"variables\":{\"pad\":\"" + new string('x', 1_500_000) + "\"}}", Encoding.UTF8, "application/json");

        var response = await client.PostAsync("/graphql", huge);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
    }
}
