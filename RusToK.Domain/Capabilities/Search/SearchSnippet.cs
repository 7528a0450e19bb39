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
        var stems = words.Select(Stem).ToList();
        bool Matches((int Index, int Length) t) => stems.Any(s => text.AsSpan(t.Index, t.Length).StartsWith(s, StringComparison.OrdinalIgnoreCase));
        var tokens = TokensUpToTheSnippet(text, Matches);
        int? first = tokens.FindIndex(t => Matches(t)) is var found and >= 0 ? tokens[found].Index : null;
        var start = first is null ? 0 : Math.Max(0, first.Value - (Length / 3));
        // Start and end at word boundaries, with an ellipsis where the text goes on.
        if (start > 0) start = tokens.Find(t => t.Index >= start) is { Length: > 0 } next ? next.Index : start;
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length) end = tokens.FindLast(t => t.Index + t.Length <= end && t.Index > start) is { Length: > 0 } last ? last.Index + last.Length : end;

        var html = new StringBuilder(start > 0 ? "…" : "");
        var at = start;
        foreach (var token in tokens.Where(t => t.Index >= start && t.Index + t.Length <= end && Matches(t)))
        {
            html.Append(WebUtility.HtmlEncode(text[at..token.Index])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(token.Index, token.Length))).Append("</mark>");
            at = token.Index + token.Length;
        }

        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length) html.Append('…');
        return html.ToString();
    }

    // The text's words as far as the snippet can reach: the snippet ends at most its length after the first match,
    // and a long text's words beyond it would only cost time (a search makes a snippet for every hit of a page).
    private static List<(int Index, int Length)> TokensUpToTheSnippet(string text, Func<(int Index, int Length), bool> matches)
    {
        var tokens = new List<(int Index, int Length)>();
        int? first = null;
        foreach (var match in TextWord().EnumerateMatches(text))
        {
            if (first is { } at && match.Index > at + Length) break;
            tokens.Add((match.Index, match.Length));
            if (first is null && matches(tokens[^1])) first = match.Index;
        }

        return tokens;
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
