using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>The inbox's table on the unit of work, a property of <see cref="IAppDbContext"/> the kernel never declares.</summary>
public static class NotificationSets
{
    extension(IAppDbContext db)
    {
        public DbSet<Notification> Notifications => db.Set<Notification>();
    }
}
