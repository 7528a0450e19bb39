using System.Net;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// Puts a library image into a body at the caret, written in the body's own format, on a line of its own so
/// Markdown reads it as an image paragraph. The renderer later offers the library's sizes for it.
/// </summary>
public static class BodyImageSnippet
{
    public static string For(string url, string? alt, BodyFormat format)
    {
        var text = (alt ?? "").ReplaceLineEndings(" ").Trim();
        return format == BodyFormat.Markdown
            ? $"![{text.Replace("[", "(").Replace("]", ")")}]({url.Replace(" ", "%20").Replace(")", "%29")})"
            : $"<p><img src=\"{WebUtility.HtmlEncode(url)}\" alt=\"{WebUtility.HtmlEncode(text)}\"></p>";
    }

    /// <summary>The body with <paramref name="snippet"/> replacing the selection from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static string Insert(string body, string snippet, int start, int end)
    {
        start = Math.Clamp(start, 0, body.Length);
        end = Math.Clamp(end, start, body.Length);
        var before = body[..start].TrimEnd(' ', '\t');
        var after = body[end..].TrimStart(' ', '\t');
        var lead = before.Length == 0 || before.EndsWith("\n\n", StringComparison.Ordinal) ? "" : before.EndsWith('\n') ? "\n" : "\n\n";
        var trail = after.Length == 0 || after.StartsWith("\n\n", StringComparison.Ordinal) ? "" : after.StartsWith('\n') ? "\n" : "\n\n";
        return before + lead + snippet + trail + after;
    }
}
