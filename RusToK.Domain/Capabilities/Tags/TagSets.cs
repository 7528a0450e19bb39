using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Tags;

/// <summary>The tags capability's tables on the unit of work, as properties of <see cref="IAppDbContext"/> that the kernel never declares.</summary>
public static class TagSets
{
    extension(IAppDbContext db)
    {
        public DbSet<Tag> Tags => db.Set<Tag>();

        public DbSet<TagAssignment> TagAssignments => db.Set<TagAssignment>();
    }
}
