using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Content;

/// <summary>Content items are public once published; drafts, scheduled and archived items are not.</summary>
public sealed class PublishedContentSource : IPublicEntitySource
{
    public string EntityType => ContentTypes.EntityType;

    public IQueryable<Guid> PublicIds(IAppDbContext db) =>
        db.ContentItems.Where(i => i.Status == ContentStatus.Published).Select(i => i.Id);
}
