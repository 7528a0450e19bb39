using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Domain.Modules.Content;

/// <summary>Content's tables on the unit of work, as properties of <see cref="IAppDbContext"/> that the kernel never declares.</summary>
public static class ContentSets
{
    extension(IAppDbContext db)
    {
        public DbSet<ContentItem> ContentItems => db.Set<ContentItem>();

        public DbSet<ContentRevision> ContentRevisions => db.Set<ContentRevision>();

        public DbSet<Category> Categories => db.Set<Category>();
    }
}
