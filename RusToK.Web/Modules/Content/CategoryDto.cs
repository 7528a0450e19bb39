using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Web.Modules.Content;

public sealed record CategoryDto(Guid Id, string Name, string Slug, string Description, Guid? ParentId, int Position, int Depth, int ItemCount)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static CategoryDto From(CategoryNode n) =>
        new(n.Category.Id, n.Category.Name, n.Category.Slug, n.Category.Description, n.Category.ParentId, n.Category.Position, n.Depth, n.ItemCount);

    [global::GraphQL.Ignore]
    public static CategoryDto From(Category c) => new(c.Id, c.Name, c.Slug, c.Description, c.ParentId, c.Position, 0, 0);
}
