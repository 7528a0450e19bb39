using System.Globalization;

namespace RusToK.Components.Kernel.Localization;

/// <summary>The language the current request is answered in ("en", "ru"), which picks the translations people see.</summary>
public static class ReaderLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
