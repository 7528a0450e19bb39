namespace RusToK.Domain.Modules.Content;

/// <summary>How long a body is: its words (of the rendered plain text) and the minutes to read it, one rule for the storefront and the editor.</summary>
public static class ReadingTime
{
    // An unhurried reading pace for web articles.
    private const double WordsPerMinute = 200.0;

    public static int WordsIn(string plainText) => plainText.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>At least one minute, so a short note does not read "0 min".</summary>
    public static int Minutes(int wordCount) => Math.Max(1, (int)Math.Round(wordCount / WordsPerMinute));
}
