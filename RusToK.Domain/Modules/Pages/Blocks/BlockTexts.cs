namespace RusToK.Domain.Modules.Pages.Blocks;

/// <summary>What a block says, in the language a reader gets it in.</summary>
public sealed record BlockTexts(string? Title, string? Html, string? ButtonText, string? ImageAlt);
