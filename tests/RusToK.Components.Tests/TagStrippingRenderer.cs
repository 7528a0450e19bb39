using System.Text.RegularExpressions;
using RusToK.Domain.Modules.Content;

namespace RusToK.Components.Tests;

/// <summary>A stand-in for the server's renderer (which lives in Infrastructure): Markdown is wrapped in a paragraph, the text is the body without tags.</summary>
public sealed partial class TagStrippingRenderer : IContentRenderer
{
    public RenderedBody Render(string body, BodyFormat format) =>
        new(format == BodyFormat.Markdown ? $"<p>{body}</p>" : body, Tags().Replace(body, " ").Trim());

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
