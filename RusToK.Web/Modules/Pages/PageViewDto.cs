using RusToK.Domain.Modules.Pages;

namespace RusToK.Web.Modules.Pages;

/// <summary>A published page as readers get it: title, sanitized body, blocks and the titles of its parents.</summary>
public sealed record PageViewDto(Guid Id, string Title, string Path, string BodyHtml, IReadOnlyList<BlockDto> Blocks, IReadOnlyList<string> Breadcrumbs, DateTime UpdatedAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static PageViewDto From(PageView v, string path) => new(
        v.Page.Id, v.Page.Title, path.Trim('/'), v.Page.BodyHtml, v.Blocks.Select(BlockDto.From).ToList(), v.Ancestors.Select(a => a.Page.Title).ToList(), v.Page.UpdatedAt);
}
