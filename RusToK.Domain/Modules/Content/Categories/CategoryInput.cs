namespace RusToK.Domain.Modules.Content.Categories;

public sealed record CategoryInput(
    string Name,
    string? Slug = null,
    string? Description = null,
    Guid? ParentId = null,
    int Position = 0,
    IReadOnlyList<CategoryTranslation>? Translations = null);
