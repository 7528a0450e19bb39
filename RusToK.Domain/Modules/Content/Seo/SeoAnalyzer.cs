using System.Text.RegularExpressions;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Content.Seo;

/// <summary>The SEO sub-module's analyzer: title and description lengths, headings, image alt texts and the address.</summary>
public sealed partial class SeoAnalyzer : IContentAnalyzer
{
    public IReadOnlyList<AnalysisCheck> Analyze(ContentInput input, RenderedBody rendered)
    {
        var title = string.IsNullOrWhiteSpace(input.MetaTitle) ? input.Title?.Trim() ?? "" : input.MetaTitle.Trim();
        var description = string.IsNullOrWhiteSpace(input.MetaDescription) ? input.Excerpt?.Trim() ?? "" : input.MetaDescription.Trim();
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Title) : input.Slug.Trim();
        var words = rendered.PlainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return [TitleCheck(title), DescriptionCheck(description), HeadingsCheck(rendered.Html, words), AltCheck(rendered.Html, input), SlugCheck(slug)];
    }

    private static AnalysisCheck TitleCheck(string title) => title.Length switch
    {
        0 => new("seo.title", "Title", CheckOutcome.Problem, "Add a title: search engines show it as the headline."),
        < 30 => new("seo.title", "Title", CheckOutcome.Improve, $"The title has {title.Length} characters; 30–60 uses the space search results give it."),
        > 60 => new("seo.title", "Title", CheckOutcome.Improve, $"The title has {title.Length} characters; search results cut it after about 60. Set a shorter meta title."),
        _ => new("seo.title", "Title", CheckOutcome.Good, $"The title has a good length ({title.Length} characters)."),
    };

    private static AnalysisCheck DescriptionCheck(string description) => description.Length switch
    {
        0 => new("seo.description", "Description", CheckOutcome.Problem, "Add a meta description or excerpt: it is the text under the headline in search results."),
        < 70 => new("seo.description", "Description", CheckOutcome.Improve, $"The description has {description.Length} characters; aim for 70–160."),
        > 160 => new("seo.description", "Description", CheckOutcome.Improve, $"The description has {description.Length} characters; search results cut it after about 160."),
        _ => new("seo.description", "Description", CheckOutcome.Good, $"The description has a good length ({description.Length} characters)."),
    };

    private static AnalysisCheck HeadingsCheck(string html, int words)
    {
        if (H1().IsMatch(html)) return new("seo.headings", "Headings", CheckOutcome.Problem, "The body contains a level-1 heading; the title already is one. Use level 2 and below.");
        if (words > 300 && !H2().IsMatch(html)) return new("seo.headings", "Headings", CheckOutcome.Improve, $"The text has {words} words and no subheadings; add level-2 headings so readers can scan it.");
        return new("seo.headings", "Headings", CheckOutcome.Good, "The heading structure is fine.");
    }

    private static AnalysisCheck AltCheck(string html, ContentInput input)
    {
        var images = Img().Matches(html).Select(m => m.Value).ToList();
        var missing = images.Count(i => !AltText().IsMatch(i)) + (input.CoverImageUrl is { Length: > 0 } && string.IsNullOrWhiteSpace(input.CoverImageAlt) ? 1 : 0);
        return missing == 0
            ? new("seo.alt", "Image alt texts", CheckOutcome.Good, images.Count == 0 && input.CoverImageUrl is null ? "No images to describe." : "Every image has an alt text.")
            : new("seo.alt", "Image alt texts", CheckOutcome.Problem, $"{missing} image(s) have no alt text; describe them for screen readers and image search.");
    }

    private static AnalysisCheck SlugCheck(string slug)
    {
        var words = slug.Split('-', StringSplitOptions.RemoveEmptyEntries).Length;
        if (!Slug.IsValid(slug)) return new("seo.slug", "Address", CheckOutcome.Problem, Slug.Rule);
        if (slug.Length > 60 || words > 6) return new("seo.slug", "Address", CheckOutcome.Improve, $"The address has {words} words; 3–6 words are easier to read and share.");
        return new("seo.slug", "Address", CheckOutcome.Good, "The address is short and readable.");
    }

    [GeneratedRegex("<h1[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex H1();

    [GeneratedRegex("<h2[\\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex H2();

    [GeneratedRegex("<img\\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Img();

    [GeneratedRegex("\\balt\\s*=\\s*\"[^\"]+\"", RegexOptions.IgnoreCase)]
    private static partial Regex AltText();
}
