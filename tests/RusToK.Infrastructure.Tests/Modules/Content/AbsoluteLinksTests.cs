using RusToK.Infrastructure.Modules.Content;

namespace RusToK.Infrastructure.Tests.Modules.Content;

public sealed class AbsoluteLinksTests
{
    private const string SiteRoot = "https://example.com/t/alpha/";

    [Fact]
    public void A_library_image_in_a_feed_points_at_the_tenants_own_files()
    {
        var html = AbsoluteLinks.In("<p><img src=\"media/1/original.jpg\" srcset=\"media/1/thumb.webp 320w, media/1/medium.webp 768w\" alt=\"Kettle\"></p>", SiteRoot);

        html.ShouldContain("src=\"https://example.com/t/alpha/media/1/original.jpg\"");
        html.ShouldContain("srcset=\"https://example.com/t/alpha/media/1/thumb.webp 320w, https://example.com/t/alpha/media/1/medium.webp 768w\"");
        html.ShouldContain("alt=\"Kettle\"");
    }

    [Theory]
    [InlineData("<a href=\"about/team\">Team</a>", "href=\"https://example.com/t/alpha/about/team\"")]
    [InlineData("<a href=\"/contact\">Contact</a>", "href=\"https://example.com/contact\"")]
    [InlineData("<a href=\"https://other.example/x\">Elsewhere</a>", "href=\"https://other.example/x\"")]
    [InlineData("<a href=\"#brew-ratio\">Ratio</a>", "href=\"#brew-ratio\"")]
    [InlineData("<a href=\"mailto:hello@example.com\">Mail</a>", "href=\"mailto:hello@example.com\"")]
    public void Links_resolve_as_they_would_on_the_site(string body, string expected) =>
        AbsoluteLinks.In(body, SiteRoot).ShouldContain(expected);

    [Fact]
    public void A_body_without_addresses_comes_back_unchanged() =>
        AbsoluteLinks.In("<p>Use <strong>15 g</strong> per 250 g.</p>", SiteRoot).ShouldBe("<p>Use <strong>15 g</strong> per 250 g.</p>");
}
