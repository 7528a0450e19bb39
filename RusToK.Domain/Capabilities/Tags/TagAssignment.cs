using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Tags;

/// <summary>One tag on one entity, referenced by type and id so the capability needs no module code.</summary>
public sealed class TagAssignment : Entity, ITenantOwned
{
    private TagAssignment()
    {
    }

    public TagAssignment(Guid tagId, EntityRef entity)
    {
        TagId = tagId;
        EntityType = entity.Type;
        EntityId = entity.Id;
    }

    public Guid TenantId { get; set; }

    public Guid TagId { get; private set; }

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }

    public DateTime CreatedAt { get; private set; } = DateTime.UtcNow;

    /// <summary>Moves the assignment to another tag (used by merge).</summary>
    public void Retag(Guid tagId) => TagId = tagId;
}
