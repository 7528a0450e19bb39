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

    public BlockInput ToInput() => new(Kind, Title, Text, ImageUrl, ImageAlt, ButtonText, ButtonUrl, Count);

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
    };
}
