using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content.Revisions;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Infrastructure.Modules.Content;

namespace RusToK.Infrastructure.Tests.Kernel.Text;

public sealed class MarkdownContentRendererTests
{
    private readonly MarkdownContentRenderer _renderer = new();

    [Fact]
    public void Markdown_becomes_html_with_heading_anchors_and_plain_text_for_counting()
    {
        var rendered = _renderer.Render("## Brew ratio\n\nUse **15 g** per 250 g.", BodyFormat.Markdown);
        rendered.Html.ShouldContain("<h2 id=\"brew-ratio\">Brew ratio</h2>");
        rendered.Html.ShouldContain("<strong>15 g</strong>");
        rendered.PlainText.ShouldBe("Brew ratio Use 15 g per 250 g.");
    }

    [Fact]
    public void A_summary_starts_with_the_prose_and_never_runs_a_heading_into_the_first_sentence()
    {
        var rendered = _renderer.Render("<h2>Hello</h2><p>This post was <em>written</em> in HTML.</p><ul><li>One</li><li>Two</li></ul>", BodyFormat.Html);

        rendered.Lead.ShouldBe("This post was written in HTML. One Two");
        rendered.PlainText.ShouldBe("Hello This post was written in HTML. One Two", "blocks stay apart, so words are counted right");
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "javascript:")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "<iframe")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>", "javascript")]
    // Forms post with the reader's cookies; positioned layers dress a fake sign-in up as the site's own.
    [InlineData("<form action=\"/graphql\" method=\"post\"><input name=\"q\" value=\"x\"><button>Go</button></form>", "<form")]
    [InlineData("<form><input type=\"hidden\" name=\"q\"></form>", "<input")]
    [InlineData("<button formaction=\"/account/logout\">Sign out</button>", "<button")]
    [InlineData("<select name=\"s\"><option>a</option></select>", "<select")]
    [InlineData("<textarea name=\"t\">x</textarea>", "<textarea")]
    [InlineData("<div style=\"position:fixed;top:0;left:0;width:100%;height:100%;z-index:9999\">Sign in again</div>", "position")]
    [InlineData("<div style=\"z-index:9999\">over</div>", "z-index")]
    [InlineData("<div style=\"inset:0\">over</div>", "inset")]
    [InlineData("<div style=\"transform:translateY(-300px)\">over</div>", "transform")]
    public void Dangerous_html_is_removed_from_both_formats(string attack, string forbidden)
    {
        _renderer.Render(attack, BodyFormat.Html).Html.ShouldNotContain(forbidden);
        _renderer.Render("Text " + attack, BodyFormat.Markdown).Html.ShouldNotContain(forbidden);
    }

    [Fact]
    public void What_writers_use_stays()
    {
        var html = _renderer.Render("""
            <h2>Gear</h2><ul><li>Kettle</li></ul><ol><li>Grind</li></ol>
            <p><a href="https://example.com/k">kettle</a> <img src="https://example.com/k.png" alt="k"></p>
            <table><thead><tr><th>g</th></tr></thead><tbody><tr><td>15</td></tr></tbody></table>
            <pre><code class="language-sh">brew</code></pre>
            <figure><img src="https://example.com/f.png" alt="f"><figcaption>Pour</figcaption></figure>
            <p style="color:#333;text-align:center;font-weight:bold">centred</p>
            """, BodyFormat.Html).Html;

        foreach (var kept in new[] { "<h2>Gear</h2>", "<ul><li>Kettle</li></ul>", "<ol><li>Grind</li></ol>", "<a href=\"https://example.com/k\">kettle</a>", "<img src=\"https://example.com/k.png\" alt=\"k\">", "<th>g</th>", "<td>15</td>", "<code class=\"language-sh\">brew</code>", "<figcaption>Pour</figcaption>", "text-align: center" })
            html.ShouldContain(kept);
    }

    [Fact]
    public void A_library_image_in_the_body_offers_its_sizes_from_the_site_root_and_an_outside_image_stays_as_written()
    {
        var id = Guid.NewGuid();
        var html = _renderer.Render($"![Kettle](/media/{id}/original.jpg)\n\n![Elsewhere](https://example.com/cat.png)", BodyFormat.Markdown).Html;

        html.ShouldContain($"src=\"media/{id}/original.jpg\"");
        html.ShouldContain($"srcset=\"media/{id}/thumb.webp 320w, media/{id}/medium.webp 768w, media/{id}/large.webp 1280w\"");
        html.ShouldContain($"sizes=\"{MarkdownContentRenderer.BodyImageSizes}\"");
        html.ShouldContain("alt=\"Kettle\"");
        html.ShouldContain("<img src=\"https://example.com/cat.png\" alt=\"Elsewhere\">");
    }

    [Fact]
    public void An_author_cannot_smuggle_a_srcset_past_the_sanitizer_onto_an_outside_image()
    {
        var html = _renderer.Render("<img src=\"https://example.com/a.png\" srcset=\"javascript:alert(1) 1x\" alt=\"a\">", BodyFormat.Html).Html;
        html.ShouldNotContain("javascript");
    }

    [Fact]
    public void Diff_aligns_changed_lines_side_by_side()
    {
        var diff = new DiffPlexTextDiffer().SideBySide("a\nb\nc", "a\nB\nc\nd");
        diff.HasChanges.ShouldBeTrue();
        diff.Before.Select(l => l.Change).ShouldBe([DiffChange.Unchanged, DiffChange.Modified, DiffChange.Unchanged, DiffChange.Imaginary]);
        diff.After.Select(l => l.Change).ShouldBe([DiffChange.Unchanged, DiffChange.Modified, DiffChange.Unchanged, DiffChange.Inserted]);
    }
}
