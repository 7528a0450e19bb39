namespace RusToK.Components.Tests.Translations;

/// <summary>
/// Texts a Russian page shows as they are written in English: names of products, formats and protocols that Russian
/// writing keeps in Latin letters. Kept short on purpose: anything else "translated" as itself is a missed translation.
/// </summary>
public static class SameInEveryLanguage
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "RusToK", "GraphQL", "REST", "API", "SEO", "RSS", "Atom", "Markdown", "HTML", "Hangfire", "URL", "OpenAPI", "JSON",
    };

    public static bool Allows(string text) =>
        Words.Contains(text)
        // Placeholders and punctuation only ("{0}: {1}") and e-mail addresses carry no words to translate.
        || !text.Any(char.IsLetter)
        || text.Contains('@', StringComparison.Ordinal)
        || Words.Contains(System.Text.RegularExpressions.Regex.Replace(text, @"\{\d+\}|\W", ""));
}
