using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Web.Modules.Pages;

public sealed record BlockDto(
    string Kind, string? Title, string? Text, string? Html, string? ImageUrl, string? ImageAlt, string? ButtonText, string? ButtonUrl, int Count,
    IReadOnlyList<BlockTranslation> Translations)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static BlockDto From(PageBlock b) => new(b.Kind.ToString(), b.Title, b.Text, b.Html, b.ImageUrl, b.ImageAlt, b.ButtonText, b.ButtonUrl, b.Count, b.Translations);
}
