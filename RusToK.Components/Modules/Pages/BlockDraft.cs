using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Components.Modules.Pages;

/// <summary>A block being edited: mutable fields the form binds to.</summary>
public sealed class BlockDraft
{
    public Guid Key { get; } = Guid.NewGuid();

    public BlockKind Kind { get; set; }

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string? ButtonText { get; set; }

    public string? ButtonUrl { get; set; }

    public int Count { get; set; } = 3;

    /// <summary>The texts in each other language, by code; an empty field shows the original.</summary>
    public Dictionary<string, BlockTranslationDraft> Translations { get; init; } = [];

    public BlockTranslationDraft In(string language) => Translations.TryGetValue(language, out var draft) ? draft : Translations[language] = new BlockTranslationDraft();

    public BlockInput ToInput() => new(Kind, Title, Text, ImageUrl, ImageAlt, ButtonText, ButtonUrl, Count,
        Translations.Select(t => new BlockTranslation(t.Key, t.Value.Title, t.Value.Text, t.Value.ButtonText, t.Value.ImageAlt)).ToList());

    public static BlockDraft From(BlockInput b) => new()
    {
        Kind = b.Kind,
        Title = b.Title,
        Text = b.Text,
        ImageUrl = b.ImageUrl,
        ImageAlt = b.ImageAlt,
        ButtonText = b.ButtonText,
        ButtonUrl = b.ButtonUrl,
        Count = b.Count,
        Translations = (b.Translations ?? []).ToDictionary(t => t.Language, t => new BlockTranslationDraft { Title = t.Title, Text = t.Text, ButtonText = t.ButtonText, ImageAlt = t.ImageAlt }),
    };
}
