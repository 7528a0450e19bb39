using System.Text.RegularExpressions;

namespace RusToK.E2E.Tests.Guards;

/// <summary>
/// Interface text under Russian that still reads as English: Latin words other than names everyone writes in Latin,
/// in a text with no Russian word at all (a translated label may carry a name people wrote: "Удалить summer").
/// </summary>
public static partial class UntranslatedText
{
    // Names of products, formats and protocols, written the same in Russian, and the language switch's own labels.
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "RusToK", "GraphQL", "REST", "API", "SEO", "RSS", "Atom", "Markdown", "HTML", "CSS", "JSON", "CSV", "URL", "Hangfire",
        "Scalar", "OpenAPI", "SMTP", "JWT", "OIDC", "SQLite", "MariaDB", "MySQL", "Redis", "Lucene", "Elasticsearch", "SignalR",
        "Blazor", "MudBlazor", "PNG", "JPEG", "WebP", "GIF", "SVG", "PDF", "TOTP", "ENG", "RUS",
    };

    public static IEnumerable<string> In(string text)
    {
        if (Cyrillic().IsMatch(text)) yield break;
        foreach (Match token in Token().Matches(text))
        {
            var word = token.Value;
            // Addresses, e-mails, slugs and file names are data, not prose.
            if (word.Contains('@') || word.Contains('/') || word.Contains('.') || word.Contains('-') || word.Contains('_')) continue;
            if (!LatinWord().IsMatch(word) || Names.Contains(word)) continue;
            yield return word;
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}@/._-]+")]
    private static partial Regex Token();

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();

    [GeneratedRegex(@"^[A-Za-z]{3,}$")]
    private static partial Regex LatinWord();
}
