using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Modules.Content.Events;

namespace RusToK.Domain.Modules.Content.Categories;

/// <summary>A node in the tenant's category tree; items point at one category.</summary>
public sealed class Category : TenantOwnedAggregate
{
    public const int MaxNameLength = 80;
    public const int MaxDescriptionLength = 500;

    private Category()
    {
    }

    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid? ParentId { get; private set; }

    public int Position { get; private set; }

    /// <summary>The name and description in other languages; readers of those languages see them.</summary>
    public List<CategoryTranslation> Translations { get; private set; } = [];

    public string NameIn(string language) => Translations.In(language)?.Name is { Length: > 0 } name ? name : Name;

    public string DescriptionIn(string language) => Translations.In(language)?.Description is { Length: > 0 } description ? description : Description;

    public static Category Create(CategoryInput input)
    {
        var category = new Category();
        category.Apply(input);
        return category;
    }

    public void Update(CategoryInput input) => Apply(input);

    public void MarkDeleted() => Raise(new CategoryChanged(Id, Slug, Deleted: true));

    private void Apply(CategoryInput input)
    {
        Name = input.Name.Trim();
        Slug = string.IsNullOrWhiteSpace(input.Slug) ? Kernel.Text.Slug.From(Name) : input.Slug.Trim();
        Description = input.Description?.Trim() ?? "";
        ParentId = input.ParentId;
        Position = input.Position;
        // Left out (a client that does not know translations), they stay as they were; an empty list removes them.
        if (input.Translations is { } given)
        {
            Translations = given.Where(t => !string.IsNullOrWhiteSpace(t.Name))
                .Select(t => new CategoryTranslation(t.Language, t.Name.Trim(), string.IsNullOrWhiteSpace(t.Description) ? null : t.Description.Trim())).ToList();
        }
        UpdatedAt = DateTime.UtcNow;
        Raise(new CategoryChanged(Id, Slug, Deleted: false));
    }
}
