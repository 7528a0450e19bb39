using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>A shelf of the shop (Coffee › Single origin), a tree by <see cref="ParentId"/>, shown in <see cref="Position"/> order.</summary>
public sealed class ProductCategory : TenantOwnedAggregate
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 1000;

    private ProductCategory()
    {
    }

    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid? ParentId { get; private set; }

    public int Position { get; private set; }

    public static ProductCategory Create(string name, string slug, string? description, Guid? parentId, int position) =>
        new() { Name = name.Trim(), Slug = slug, Description = description?.Trim() ?? "", ParentId = parentId, Position = position };

    public void Update(string name, string slug, string? description, Guid? parentId, int position)
    {
        Name = name.Trim();
        Slug = slug;
        Description = description?.Trim() ?? "";
        ParentId = parentId;
        Position = position;
    }
}
