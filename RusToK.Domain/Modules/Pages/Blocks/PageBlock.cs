using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Modules.Pages.Blocks;

/// <summary>One block of a page, in position order. Text is Markdown, rendered and sanitized when saved.</summary>
public sealed class PageBlock : Entity, ITenantOwned
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 20_000;
    public const int MaxUrlLength = 500;
    public const int MaxLabelLength = 80;

    private PageBlock()
    {
    }

    public Guid TenantId { get; set; }

    public Guid PageId { get; private set; }

    public int Position { get; private set; }

    public BlockKind Kind { get; private set; }

    public string? Title { get; private set; }

    public string? Text { get; private set; }

    public string? Html { get; private set; }

    public string? ImageUrl { get; private set; }

    public string? ImageAlt { get; private set; }

    public string? ButtonText { get; private set; }

    public string? ButtonUrl { get; private set; }

    public int Count { get; private set; }

    /// <summary>The texts in other languages, as written.</summary>
    public List<BlockTranslation> Translations { get; private set; } = [];

    /// <summary>The translated texts rendered (Markdown to safe HTML), by language.</summary>
    public List<TranslatedText> TranslatedHtml { get; private set; } = [];

    /// <param name="render">Markdown to safe HTML, for the block's text and its translations.</param>
    public static PageBlock Create(Guid pageId, int position, BlockInput input, Func<string, string>? render) => new()
    {
        PageId = pageId,
        Position = position,
        Kind = input.Kind,
        Title = Blank(input.Title),
        Text = Blank(input.Text),
        Html = render is not null && Blank(input.Text) is { } text ? render(text) : null,
        ImageUrl = Blank(input.ImageUrl),
        ImageAlt = Blank(input.ImageAlt),
        ButtonText = Blank(input.ButtonText),
        ButtonUrl = Blank(input.ButtonUrl),
        Count = Math.Clamp(input.Count, 1, 12),
        Translations = (input.Translations ?? [])
            .Select(t => new BlockTranslation(t.Language, Blank(t.Title), Blank(t.Text), Blank(t.ButtonText), Blank(t.ImageAlt)))
            .Where(t => t.Title is not null || t.Text is not null || t.ButtonText is not null || t.ImageAlt is not null)
            .ToList(),
        TranslatedHtml = render is null ? [] : (input.Translations ?? [])
            .Where(t => Blank(t.Text) is not null).Select(t => new TranslatedText(t.Language, render(t.Text!.Trim()))).ToList(),
    };

    public BlockInput ToInput() => new(Kind, Title, Text, ImageUrl, ImageAlt, ButtonText, ButtonUrl, Count, Translations);

    /// <summary>What the block says to a reader of <paramref name="language"/>: each translated text, else the original.</summary>
    public BlockTexts TextsIn(string language)
    {
        var translation = Translations.In(language);
        return new BlockTexts(translation?.Title ?? Title, TranslatedHtml.In(language)?.Text ?? Html, translation?.ButtonText ?? ButtonText, translation?.ImageAlt ?? ImageAlt);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
