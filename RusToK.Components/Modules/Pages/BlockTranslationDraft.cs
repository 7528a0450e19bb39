namespace RusToK.Components.Modules.Pages;

/// <summary>A block's texts in one other language, as the form edits them.</summary>
public sealed class BlockTranslationDraft
{
    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? ButtonText { get; set; }

    public string? ImageAlt { get; set; }
}
