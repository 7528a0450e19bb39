using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Analytics;

internal sealed class DailyFigureConfiguration : IEntityTypeConfiguration<DailyFigure>
{
    public void Configure(EntityTypeBuilder<DailyFigure> builder)
    {
        builder.ToTable("DailyFigures");
        // The figure's identity is its key: a second insert of the same figure fails, and the writer adds to it instead.
        builder.HasKey(f => new { f.TenantId, f.Day, f.Metric, f.Key });
        builder.Property(f => f.Metric).HasMaxLength(32);
        builder.Property(f => f.Key).HasMaxLength(DailyFigure.MaxKeyLength);
        // Reports read one metric over a range of days.
        builder.HasIndex(f => new { f.TenantId, f.Metric, f.Day });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
