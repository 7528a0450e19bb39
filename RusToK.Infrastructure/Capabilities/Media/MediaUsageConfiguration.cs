using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Capabilities.Media;

internal sealed class MediaUsageConfiguration : IEntityTypeConfiguration<MediaUsage>
{
    public void Configure(EntityTypeBuilder<MediaUsage> builder)
    {
        builder.ToTable("MediaUsages");
        builder.Property(u => u.EntityType).HasMaxLength(EntityRef.MaxTypeLength).IsRequired();
        builder.HasIndex(u => new { u.TenantId, u.MediaId, u.EntityType, u.EntityId }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.EntityType, u.EntityId });
        builder.HasOne<MediaFile>().WithMany().HasForeignKey(u => u.MediaId).OnDelete(DeleteBehavior.Restrict);
    }
}
