using RusToK.Components.Modules.Content;

namespace RusToK.Components.Tests;

public sealed class HtmlSourceTests
{
    [Fact]
    public void The_editor_s_blocks_go_one_a_line_and_inline_markup_and_code_stay_as_they_are()
    {
        var html = "<h2>Brewing</h2><p>Use <strong>fresh</strong> beans.</p><hr><ul><li><p>Grind</p></li></ul><pre><code>a &lt;/p&gt;b</code></pre>";

        HtmlSource.WithLineBreaks(html).ShouldBe(
            "<h2>Brewing</h2>\n<p>Use <strong>fresh</strong> beans.</p>\n<hr>\n<ul><li><p>Grind</p>\n</li>\n</ul>\n<pre><code>a &lt;/p&gt;b</code></pre>");
    }
}
