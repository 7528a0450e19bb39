using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>The listing read model's tables on the unit of work.</summary>
public static class ListingSets
{
    extension(IAppDbContext db)
    {
        public DbSet<ListingMembership> ListingMemberships => db.Set<ListingMembership>();

        public DbSet<ListingCount> ListingCounts => db.Set<ListingCount>();
    }
}
