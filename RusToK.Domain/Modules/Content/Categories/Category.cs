using RusToK.Domain.Kernel.Entities;
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
        UpdatedAt = DateTime.UtcNow;
        Raise(new CategoryChanged(Id, Slug, Deleted: false));
    }
}
