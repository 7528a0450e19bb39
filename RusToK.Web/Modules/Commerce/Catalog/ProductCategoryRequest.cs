using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

public sealed record ProductCategoryRequest(
    [property: Required, MaxLength(ProductCategory.MaxNameLength)] string Name,
    string? Slug = null,
    [property: MaxLength(ProductCategory.MaxDescriptionLength)] string? Description = null,
    Guid? ParentId = null,
    int Position = 0)
{
    public ProductCategoryInput ToInput() => new(Name, Slug, Description, ParentId, Position);
}
