using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>The activity feed's table on the unit of work, a property of <see cref="IAppDbContext"/> the kernel never declares.</summary>
public static class ActivitySets
{
    extension(IAppDbContext db)
    {
        public DbSet<ActivityEntry> ActivityEntries => db.Set<ActivityEntry>();
    }
}
