using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Listings;

namespace RusToK.Infrastructure.Modules.Content.Listings;

internal sealed class ListingCountConfiguration : IEntityTypeConfiguration<ListingCount>
{
    public void Configure(EntityTypeBuilder<ListingCount> builder)
    {
        builder.ToTable("ListingCounts");
        builder.Property(c => c.ContentType).HasMaxLength(ContentTypes.MaxLength).IsRequired();
        builder.Property(c => c.Key).HasMaxLength(ListingCount.MaxKeyLength).IsRequired();
        builder.Property(c => c.Scope).HasMaxLength(ListingScope.MaxLength).IsRequired();
        builder.Ignore(c => c.IsMarker);
        // A count is read and written by its key; the side column reads one type's address counts together.
        builder.HasIndex(c => new { c.TenantId, c.ContentType, c.Dimension, c.Key, c.Scope }).IsUnique();
        builder.HasIndex(c => new { c.TenantId, c.ContentType, c.Scope });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
