using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Seo;

namespace RusToK.Domain.Tests.Modules.Content;

public sealed class SeoAnalyzerTests
{
    private static AnalysisCheck Check(ContentInput input, string html, string id) =>
        new SeoAnalyzer().Analyze(input, new RenderedBody(html, "words", "words")).Single(c => c.Id == id);

    [Fact]
    public void Images_without_alt_text_are_a_problem_with_a_count()
    {
        var check = Check(new ContentInput("Title", null, null), "<p><img src=\"a.png\"><img src=\"b.png\" alt=\"Beans\"></p>", "seo.alt");
        check.Outcome.ShouldBe(CheckOutcome.Problem);
        check.Hint.ShouldStartWith("1 image(s)");
    }

    [Fact]
    public void A_short_title_gets_a_hint_and_a_well_sized_one_passes()
    {
        Check(new ContentInput("Coffee", null, null), "", "seo.title").Outcome.ShouldBe(CheckOutcome.Improve);
        Check(new ContentInput("The perfect pour-over in five calm steps", null, null), "", "seo.title").Outcome.ShouldBe(CheckOutcome.Good);
    }

    [Fact]
    public void A_level_one_heading_in_the_body_is_flagged_because_the_title_is_one()
    {
        Check(new ContentInput("Title", null, null), "<h1>Again</h1>", "seo.headings").Outcome.ShouldBe(CheckOutcome.Problem);
    }

    [Fact]
    public void Missing_description_is_a_problem_and_the_excerpt_counts_as_one()
    {
        Check(new ContentInput("Title", null, null), "", "seo.description").Outcome.ShouldBe(CheckOutcome.Problem);
        var excerpt = new string('x', 120);
        Check(new ContentInput("Title", null, null, Excerpt: excerpt), "", "seo.description").Outcome.ShouldBe(CheckOutcome.Good);
    }
}
