namespace RusToK.Domain.Kernel.Localization;

/// <summary>One text in one other language, such as a menu link's title in Russian.</summary>
public sealed record TranslatedText(string Language, string Text) : ITranslation;
