namespace RusToK.Domain.Modules.Pages.Blocks;

/// <summary>One block as the editor fills it in; which fields matter depends on the kind.</summary>
public sealed record BlockInput(
    BlockKind Kind,
    string? Title = null,
    string? Text = null,
    string? ImageUrl = null,
    string? ImageAlt = null,
    string? ButtonText = null,
    string? ButtonUrl = null,
    int Count = 3,
    IReadOnlyList<BlockTranslation>? Translations = null);
