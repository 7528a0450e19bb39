using RusToK.Domain.Kernel.Entities;
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

    public static PageBlock Create(Guid pageId, int position, BlockInput input, string? html) => new()
    {
        PageId = pageId,
        Position = position,
        Kind = input.Kind,
        Title = Blank(input.Title),
        Text = Blank(input.Text),
        Html = html,
        ImageUrl = Blank(input.ImageUrl),
        ImageAlt = Blank(input.ImageAlt),
        ButtonText = Blank(input.ButtonText),
        ButtonUrl = Blank(input.ButtonUrl),
        Count = Math.Clamp(input.Count, 1, 12),
    };

    public BlockInput ToInput() => new(Kind, Title, Text, ImageUrl, ImageAlt, ButtonText, ButtonUrl, Count);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
