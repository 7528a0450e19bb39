using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>One entity (of any module) that shows a media file, so the library can say where a file is used.</summary>
public sealed class MediaUsage : Entity, ITenantOwned
{
    private MediaUsage()
    {
    }

    public MediaUsage(Guid mediaId, EntityRef entity)
    {
        MediaId = mediaId;
        EntityType = entity.Type;
        EntityId = entity.Id;
    }

    public Guid TenantId { get; set; }

    public Guid MediaId { get; private set; }

    public string EntityType { get; private set; } = "";

    public Guid EntityId { get; private set; }
}
