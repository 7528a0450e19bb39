using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Kernel.Localization;

/// <summary>Picking and checking an entity's translations, the same way for every structure that has them.</summary>
public static class Translated
{
    /// <summary>The translation for <paramref name="language"/>, or null where readers get the default text.</summary>
    public static T? In<T>(this IEnumerable<T>? translations, string language)
        where T : class, ITranslation =>
        translations?.FirstOrDefault(t => string.Equals(t.Language, language, StringComparison.OrdinalIgnoreCase));

    /// <summary>A text in the reader's language where it was translated, otherwise the original.</summary>
    public static string TextIn(this IEnumerable<TranslatedText>? translations, string language, string original) =>
        translations.In(language)?.Text is { Length: > 0 } text ? text : original;

    /// <summary>Each translation in a language people may translate into, at most once.</summary>
    public static Validator Translations<T>(this Validator validator, string field, IReadOnlyList<T>? translations)
        where T : ITranslation
    {
        if (translations is null) return validator;
        for (var i = 0; i < translations.Count; i++)
        {
            var language = translations[i].Language;
            validator.Must(Languages.Translations.Contains(language), $"{field}[{i}].language", $"Translations can be into {string.Join(", ", Languages.Translations)}.");
            validator.Must(translations.Take(i).All(t => t.Language != language), $"{field}[{i}].language", "Each language is translated once.");
        }

        return validator;
    }

    /// <summary>Stored as given, but trimmed, with empty ones left out (an empty translation means "use the original").</summary>
    public static List<TranslatedText> Clean(IEnumerable<TranslatedText>? translations) =>
        (translations ?? []).Where(t => !string.IsNullOrWhiteSpace(t.Text)).Select(t => t with { Text = t.Text.Trim() }).ToList();
}
