using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// The lines of a found text around its first match, HTML-encoded, with the matched words in <c>&lt;mark&gt;</c>. Every
/// engine's hits use this one maker, so results read the same whichever engine found them. A word matches a text word
/// that starts with it or with its stem-like beginning ("brewing" marks "brew", "brewed").
/// </summary>
public static partial class SearchSnippet
{
    public const int Length = 220;

    public static string Of(string text, IReadOnlyList<string> words)
    {
        var tokens = TextWord().Matches(text).ToList();
        var stems = words.Select(Stem).ToList();
        bool Matches(string token) => stems.Any(s => token.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        var first = tokens.FirstOrDefault(t => Matches(t.Value));
        var start = first is null ? 0 : Math.Max(0, first.Index - (Length / 3));
        // Start and end at word boundaries, with an ellipsis where the text goes on.
        if (start > 0) start = tokens.FirstOrDefault(t => t.Index >= start)?.Index ?? start;
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length) end = tokens.LastOrDefault(t => t.Index + t.Length <= end && t.Index > start) is { } last ? last.Index + last.Length : end;

        var html = new StringBuilder(start > 0 ? "…" : "");
        var at = start;
        foreach (var token in tokens.Where(t => t.Index >= start && t.Index + t.Length <= end && Matches(t.Value)))
        {
            html.Append(WebUtility.HtmlEncode(text[at..token.Index])).Append("<mark>").Append(WebUtility.HtmlEncode(token.Value)).Append("</mark>");
            at = token.Index + token.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    // Long words lose their last letters, roughly what a stemmer takes off in English and Russian.
    private static string Stem(string word) => word.Length switch
    {
        <= 4 => word,
        <= 6 => word[..^1],
        _ => word[..^2],
    };

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex TextWord();
}
