using System.Text.RegularExpressions;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Components.Tests;

/// <summary>A stand-in for the server's renderer (which lives in Infrastructure): Markdown is wrapped in a paragraph, the text is the body without tags.</summary>
public sealed partial class TagStrippingRenderer : IContentRenderer
{
    public RenderedBody Render(string body, BodyFormat format)
    {
        var text = Tags().Replace(body, " ").Trim();
        return new(format == BodyFormat.Markdown ? $"<p>{body}</p>" : body, text, text);
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
