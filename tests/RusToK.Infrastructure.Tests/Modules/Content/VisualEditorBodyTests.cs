using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Infrastructure.Capabilities.Media;

namespace RusToK.Infrastructure.Tests.Modules.Content;

/// <summary>
/// What the visual editor sends is HTML like any other: saved through the same sanitizer, so a script or an event
/// handler slipped into it (a crafted paste, a hand-edited request) never reaches readers, while its blocks do.
/// </summary>
public sealed class VisualEditorBodyTests
{
    private readonly MarkdownContentRenderer _renderer = new();

    // The shapes Tiptap writes: headings, marks, list items as paragraphs, a divider, a library image, a link card.
    private const string EditorHtml =
        "<h2>Brewing</h2><p>Use <strong>fresh</strong> beans and <em>soft</em> water, <code>93 °C</code>.</p>" +
        "<ul><li><p>Grind</p></li></ul><hr><img src=\"/media/3f2b8c1e-0000-4000-8000-000000000001/original.png\" alt=\"A pour-over\">" +
        "<p><a class=\"rustok-embed-card\" href=\"https://www.youtube.com/watch?v=abc\">Watch on YouTube</a></p>";

    [Fact]
    public void A_saved_visual_body_keeps_the_editor_s_blocks()
    {
        var item = ContentItem.Create(new ContentInput("Brewing", null, EditorHtml, BodyFormat.Html), _renderer.Render(EditorHtml, BodyFormat.Html), new ContentAuthor(null, "Editor"));

        item.BodyHtml.ShouldContain("<h2>Brewing</h2>");
        item.BodyHtml.ShouldContain("<strong>fresh</strong>");
        item.BodyHtml.ShouldContain("<hr>");
        item.BodyHtml.ShouldContain("alt=\"A pour-over\"");
        item.BodyHtml.ShouldContain("class=\"rustok-embed-card\"");
        // Blocks with nothing between them still part their words ("Brewing", "Use"), for the count and the excerpt.
        item.WordCount.ShouldBe(13);
        item.Excerpt!.ShouldStartWith("Use fresh beans", customMessage: "a summary starts with the prose, not the heading");
    }

    [Theory]
    [InlineData("<p>Hi</p><script>fetch('/api/v1/users')</script>", "<script")]
    [InlineData("<p><img src=\"/media/x/original.png\" alt=\"x\" onerror=\"alert(1)\"></p>", "onerror")]
    [InlineData("<p><a href=\"javascript:alert(1)\" class=\"rustok-embed-card\">Watch</a></p>", "javascript:")]
    [InlineData("<iframe src=\"https://www.youtube.com/embed/abc\"></iframe>", "<iframe")]
    public void Script_and_handlers_in_a_visual_body_are_stripped_when_it_is_saved(string body, string forbidden)
    {
        var item = ContentItem.Create(new ContentInput("Attack", null, body, BodyFormat.Html), _renderer.Render(body, BodyFormat.Html), new ContentAuthor(null, "Editor"));

        item.BodyHtml.ShouldNotContain(forbidden);
    }
}
