using AngleSharp.Html.Parser;
using Ganss.Xss;
using Markdig;
using RusToK.Domain.Modules.Content;

namespace RusToK.Infrastructure.Modules.Content;

/// <summary>
/// Markdown through Markdig, then every body (Markdown or HTML) through HtmlSanitizer: no scripts, no event
/// handler attributes, no <c>javascript:</c> links. Plain text comes from the sanitized HTML.
/// </summary>
public sealed class MarkdownContentRenderer : IContentRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();
    private readonly HtmlParser _parser = new();

    public RenderedBody Render(string body, BodyFormat format)
    {
        var html = format == BodyFormat.Markdown ? Markdown.ToHtml(body, Pipeline) : body;
        var safe = _sanitizer.Sanitize(html);
        var text = _parser.ParseDocument("<body>" + safe + "</body>").Body?.TextContent ?? "";
        return new RenderedBody(safe, text.Trim());
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedAttributes.Add("class");
        sanitizer.AllowedAttributes.Add("id");
        sanitizer.AllowedAttributes.Add("loading");
        return sanitizer;
    }
}
