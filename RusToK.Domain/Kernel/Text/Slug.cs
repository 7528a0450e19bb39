using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RusToK.Domain.Kernel.Text;

/// <summary>URL slugs: lower-case latin letters, digits and single hyphens; Cyrillic is transliterated.</summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    public const string Rule = "Use lower-case letters, digits and hyphens only (for example: my-first-post).";

    private static readonly string[] Cyrillic =
    [
        "a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya",
    ];

    public static bool IsValid(string? slug) => slug is { Length: > 0 and <= MaxLength } && ValidSlug().IsMatch(slug);

    /// <summary>Makes a slug from a title: "Привет, мир!" becomes "privet-mir".</summary>
    public static string From(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') builder.Append(c);
            else if (c is >= 'а' and <= 'я') builder.Append(Cyrillic[c - 'а']);
            else if (c == 'ё') builder.Append('e');
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }

        var slug = builder.ToString().Trim('-');
        return slug.Length <= MaxLength ? slug : slug[..MaxLength].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
