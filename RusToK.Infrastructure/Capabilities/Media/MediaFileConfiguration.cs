using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Media;

internal sealed class MediaFileConfiguration : IEntityTypeConfiguration<MediaFile>
{
    public void Configure(EntityTypeBuilder<MediaFile> builder)
    {
        builder.ToTable("MediaFiles");
        builder.Property(f => f.FileName).HasMaxLength(MediaFile.MaxFileNameLength).IsRequired();
        builder.Property(f => f.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(f => f.Extension).HasMaxLength(10).IsRequired();
        builder.Property(f => f.AltText).HasMaxLength(MediaFile.MaxAltLength).IsRequired();
        builder.Property(f => f.Variants).HasMaxLength(200).IsRequired();
        builder.Ignore(f => f.StoragePrefix);
        builder.Ignore(f => f.OriginalKey);
        builder.HasIndex(f => new { f.TenantId, f.CreatedAt });
        builder.Property(f => f.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(f => f.DomainEvents);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(f => f.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
