using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

public sealed record ProductCategoryDto(Guid Id, string Name, string Slug, string Description, Guid? ParentId, int Position)
{
    [global::GraphQL.Ignore]
    public static ProductCategoryDto From(ProductCategory c) => new(c.Id, c.Name, c.Slug, c.Description, c.ParentId, c.Position);
}
