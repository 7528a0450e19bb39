using System.Net;
using RusToK.Testing;

namespace RusToK.Web.Tests.Sweep;

/// <summary>HEAD over a real Kestrel socket, which (unlike the in-memory server) enforces HTTP's rules on bodies and lengths.</summary>
public sealed class HeadOverSocketTests(KestrelSqliteAppFactory app) : IClassFixture<KestrelSqliteAppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/blog/rss.xml")]
    [InlineData("/sitemap.xml")]
    [InlineData("/blog")]
    [InlineData("/robots.txt")]
    [InlineData("/account/login")]
    public async Task Head_answers_with_the_gets_status_and_type_and_no_body(string address)
    {
        using var client = new HttpClient { BaseAddress = app.Address };

        var get = await client.GetAsync(address);
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));
        var again = await client.GetAsync(address);

        head.StatusCode.ShouldBe(HttpStatusCode.OK);
        head.Content.Headers.ContentType?.MediaType.ShouldBe(get.Content.Headers.ContentType?.MediaType);
        (await head.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).Length.ShouldBe((await get.Content.ReadAsStringAsync()).Length, "the GET after a HEAD (from the output cache) is whole");
    }
}
