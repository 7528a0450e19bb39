using RusToK.Components.Modules.Content;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Components.Tests;

/// <summary>"Insert image" writes the image in the body's format, on a line of its own, where the caret was.</summary>
public sealed class BodyImageSnippetTests
{
    [Fact]
    public void Markdown_gets_image_syntax_with_the_alt_text_and_html_gets_an_encoded_img()
    {
        BodyImageSnippet.For("/media/1/original.jpg", "A [red] kettle", BodyFormat.Markdown).ShouldBe("![A (red) kettle](/media/1/original.jpg)");
        BodyImageSnippet.For("/media/1/original.jpg", "Tom & \"Jerry\"", BodyFormat.Html).ShouldBe("<p><img src=\"/media/1/original.jpg\" alt=\"Tom &amp; &quot;Jerry&quot;\"></p>");
    }

    [Fact]
    public void The_image_replaces_the_selection_and_stands_in_its_own_paragraph()
    {
        var body = "First paragraph.\n\nSecond paragraph.";
        var caret = body.IndexOf("\n\n", StringComparison.Ordinal);

        BodyImageSnippet.Insert(body, "![x](u)", caret, caret).ShouldBe("First paragraph.\n\n![x](u)\n\nSecond paragraph.");
        BodyImageSnippet.Insert("Replace THIS word.", "![x](u)", 8, 12).ShouldBe("Replace\n\n![x](u)\n\nword.");
        BodyImageSnippet.Insert("", "![x](u)", 5, 9).ShouldBe("![x](u)");
    }
}
