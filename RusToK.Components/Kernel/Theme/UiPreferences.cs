namespace RusToK.Components.Kernel.Theme;

/// <summary>A visitor's look-and-language choice, kept in cookies so static pages render it without a circuit.</summary>
public sealed record UiPreferences(bool DarkMode, string Culture)
{
    public const string DarkModeCookie = "rustok-dark";

    public static IReadOnlyList<(string Code, string Name)> Cultures { get; } = [("en", "English"), ("ru", "Русский")];

    /// <summary>A language's own name ("Русский"), or its code when the site does not offer it.</summary>
    public static string NameOf(string code) => Cultures.FirstOrDefault(c => c.Code == code).Name ?? code;
}
