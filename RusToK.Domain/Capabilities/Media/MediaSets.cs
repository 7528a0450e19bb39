using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>The media capability's tables on the unit of work, as properties of <see cref="IAppDbContext"/> that the kernel never declares.</summary>
public static class MediaSets
{
    extension(IAppDbContext db)
    {
        public DbSet<MediaFile> MediaFiles => db.Set<MediaFile>();

        public DbSet<MediaUsage> MediaUsages => db.Set<MediaUsage>();
    }
}
