using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>The search capability's tables on the unit of work, as a property of <see cref="IAppDbContext"/> the kernel never declares.</summary>
public static class SearchSets
{
    extension(IAppDbContext db)
    {
        public DbSet<SearchWork> SearchWork => db.Set<SearchWork>();

        public DbSet<SearchRebuild> SearchRebuilds => db.Set<SearchRebuild>();
    }
}
