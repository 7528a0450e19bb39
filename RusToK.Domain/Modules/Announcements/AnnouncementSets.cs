using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Announcements;

/// <summary>Announcements' tables on the unit of work, as properties of <see cref="IAppDbContext"/> that the kernel never declares.</summary>
public static class AnnouncementSets
{
    extension(IAppDbContext db)
    {
        public DbSet<Announcement> Announcements => db.Set<Announcement>();
    }
}
