using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Content.Revisions;

/// <summary>A snapshot of an item as it was published; history, diff and restore read these.</summary>
public sealed class ContentRevision : Entity, ITenantOwned
{
    private ContentRevision()
    {
    }

    public Guid TenantId { get; set; }

    public Guid ContentItemId { get; private set; }

    public int Number { get; private set; }

    public string Title { get; private set; } = "";

    public string Excerpt { get; private set; } = "";

    public string Body { get; private set; } = "";

    public BodyFormat BodyFormat { get; private set; }

    public string AuthorName { get; private set; } = "";

    /// <summary>Why the snapshot exists: "Published", "Edited while live" or "Restored from #n".</summary>
    public string Reason { get; private set; } = "";

    public DateTime CreatedAt { get; private set; } = DateTime.UtcNow;

    public static ContentRevision Of(ContentItem item, int number, string reason) => new()
    {
        ContentItemId = item.Id,
        Number = number,
        Title = item.Title,
        Excerpt = item.Excerpt,
        Body = item.Body,
        BodyFormat = item.BodyFormat,
        AuthorName = item.LastEditedBy ?? item.AuthorName,
        Reason = reason,
    };
}
