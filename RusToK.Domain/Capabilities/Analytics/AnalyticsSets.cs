using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>The analytics tables on the unit of work, as a property of <see cref="IAppDbContext"/> the kernel never declares.</summary>
public static class AnalyticsSets
{
    extension(IAppDbContext db)
    {
        public DbSet<DailyFigure> DailyFigures => db.Set<DailyFigure>();
    }
}
