using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>
/// The platform's renderer of what people write (lives with media: it offers the library's image sizes in what it renders).
/// Markdown through Markdig, then every body (Markdown or HTML) through HtmlSanitizer: no scripts, no event
/// handler attributes, no <c>javascript:</c> links, no forms and no positioned overlays. Plain text comes from the sanitized HTML.
/// </summary>
public sealed class MarkdownContentRenderer : IContentRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();
    private readonly HtmlParser _parser = new();

    /// <summary>How wide a body image shows in the article column, for the browser to choose among the library's sizes.</summary>
    public const string BodyImageSizes = "(max-width: 760px) 100vw, 720px";

    public RenderedBody Render(string body, BodyFormat format)
    {
        var html = format == BodyFormat.Markdown ? Markdown.ToHtml(body, Pipeline) : body;
        var safe = _sanitizer.Sanitize(html);
        var document = _parser.ParseDocument("<body>" + safe + "</body>").Body;
        if (document is null) return new RenderedBody(safe, "", "");
        var plain = PlainTextOf(document);
        var lead = LeadOf(document);
        return new RenderedBody(OfferImageSizes(document) ? document.InnerHtml : safe, plain, lead);
    }

    private static readonly string Blocks = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd, td, th, figcaption, div, br, hr";

    // Every text, blocks kept apart by a space (TextContent alone joins a heading to the next paragraph's first word).
    private static string PlainTextOf(IElement body)
    {
        var copy = (IElement)body.Clone(deep: true);
        foreach (var block in copy.QuerySelectorAll(Blocks)) block.After(copy.Owner!.CreateTextNode(" "));
        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // The text of the body's prose blocks, each apart: a summary that starts with the first heading reads as one
    // run-on sentence ("Hello This post was…").
    private static string LeadOf(IElement body) => string.Join(' ', body.QuerySelectorAll("p, li, blockquote, dd, td, figcaption")
        .Where(block => block.ParentElement?.Closest("p, li, blockquote, dd, td, figcaption") is null)
        .Select(block => block.TextContent.Trim())
        .Where(text => text.Length > 0));

    // Images from the media library get its WebP sizes (added after sanitizing: the values are ours, not the author's),
    // all addressed from the site's root so a tenant under a path finds its own files; feeds make them absolute.
    private static bool OfferImageSizes(IElement body)
    {
        var changed = false;
        foreach (var image in body.QuerySelectorAll("img"))
        {
            var src = image.GetAttribute("src");
            if (MediaUrls.Srcset(src, MediaUrls.SiteRelative) is not { } srcset) continue;
            image.SetAttribute("src", MediaUrls.SiteRelative(src!));
            image.SetAttribute("srcset", srcset);
            image.SetAttribute("sizes", BodyImageSizes);
            image.SetAttribute("loading", "lazy");
            image.SetAttribute("decoding", "async");
            changed = true;
        }

        return changed;
    }

    // A form in a post posts with the reader's cookies wherever its author points it, and a fixed, full-window
    // layer over the page passes a fake sign-in box or button off as the site's own: writers need neither.
    private static readonly string[] FormTags = ["form", "input", "button", "select", "option", "optgroup", "textarea", "fieldset", "legend", "label", "datalist", "output"];
    private static readonly string[] FormAttributes = ["action", "method", "enctype", "formaction", "formmethod", "formenctype", "formtarget", "form"];
    private static readonly string[] OverlayCssProperties = ["position", "z-index", "top", "right", "bottom", "left", "inset", "clip", "clip-path", "transform"];

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        foreach (var tag in FormTags) sanitizer.AllowedTags.Remove(tag);
        foreach (var attribute in FormAttributes) sanitizer.AllowedAttributes.Remove(attribute);
        foreach (var property in OverlayCssProperties) sanitizer.AllowedCssProperties.Remove(property);
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("loading");
        return sanitizer;
    }
}
