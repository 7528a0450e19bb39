using RusToK.Domain.Capabilities.Tags.Events;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Capabilities.Tags;

/// <summary>A word in the tenant's tag vocabulary; attached to entities of any module through <see cref="TagAssignment"/>.</summary>
public sealed class Tag : TenantOwnedAggregate
{
    public const int MaxNameLength = 50;

    private Tag()
    {
    }

    public string Name { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public static Tag Create(string name)
    {
        var tag = new Tag();
        tag.SetName(name);
        return tag;
    }

    public void Rename(string name)
    {
        var old = Name;
        SetName(name);
        Raise(new TagRenamed(Id, old, Name));
    }

    public void MarkDeleted(IReadOnlyList<EntityRef> carriedBy) => Raise(new TagDeleted(Id, Name, carriedBy));

    public void MarkMergedInto(Guid targetId) => Raise(new TagsMerged(Id, targetId));

    private void SetName(string name)
    {
        Name = name.Trim();
        Slug = Kernel.Text.Slug.From(Name) is { Length: > 0 } slug ? slug : Id.ToString("N")[..12];
        UpdatedAt = DateTime.UtcNow;
    }
}
