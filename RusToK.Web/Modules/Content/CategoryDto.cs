using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Web.Modules.Content;

public sealed record CategoryDto(
    Guid Id, string Name, string Slug, string Description, Guid? ParentId, int Position, int Depth, int ItemCount, IReadOnlyList<CategoryTranslation> Translations)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static CategoryDto From(CategoryNode n) => From(n.Category) with { Depth = n.Depth, ItemCount = n.ItemCount };

    [global::GraphQL.Ignore]
    public static CategoryDto From(Category c) => new(c.Id, c.Name, c.Slug, c.Description, c.ParentId, c.Position, 0, 0, c.Translations);
}
