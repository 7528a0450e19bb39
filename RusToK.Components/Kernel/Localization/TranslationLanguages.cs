using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Kernel.Localization;

namespace RusToK.Components.Kernel.Localization;

/// <summary>The languages an editor can translate a menu, category or block into, with the names the form shows.</summary>
public static class TranslationLanguages
{
    public static IReadOnlyList<(string Code, string Name)> All { get; } =
        Languages.Translations.Select(code => (code, UiPreferences.NameOf(code))).ToList();

    /// <summary>A field's label for one language: "Title · Русский".</summary>
    public static string Label(string field, string languageName) => $"{field} · {languageName}";
}
