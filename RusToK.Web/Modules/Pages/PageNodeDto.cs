using RusToK.Domain.Modules.Pages;

namespace RusToK.Web.Modules.Pages;

public sealed record PageNodeDto(Guid Id, string Title, string Slug, string Path, Guid? ParentId, int Depth, string Status, DateTime UpdatedAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static PageNodeDto From(PageNode n) => new(n.Page.Id, n.Page.Title, n.Page.Slug, n.Path, n.ParentId, n.Depth, n.Page.Status.ToString(), n.Page.UpdatedAt);
}
