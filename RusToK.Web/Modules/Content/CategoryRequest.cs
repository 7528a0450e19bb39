using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Web.Modules.Content;

public sealed record CategoryRequest(
    [property: Required, MaxLength(Category.MaxNameLength)] string Name,
    string? Slug = null,
    [property: MaxLength(Category.MaxDescriptionLength)] string? Description = null,
    Guid? ParentId = null,
    int Position = 0,
    IReadOnlyList<CategoryTranslation>? Translations = null)
{
    public CategoryInput ToInput() => new(Name, Slug, Description, ParentId, Position, Translations);
}
