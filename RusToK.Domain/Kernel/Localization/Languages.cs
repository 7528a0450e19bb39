namespace RusToK.Domain.Kernel.Localization;

/// <summary>
/// The languages the platform speaks. What people write (names, menus, blocks) is in <see cref="Default"/> first;
/// translations into the others are kept beside it and shown to readers of that language.
/// </summary>
public static class Languages
{
    public const string Default = "en";

    public static IReadOnlyList<string> Supported { get; } = [Default, "ru"];

    /// <summary>The languages a text can be translated into: every supported one but the default.</summary>
    public static IReadOnlyList<string> Translations { get; } = Supported.Where(l => l != Default).ToList();
}
