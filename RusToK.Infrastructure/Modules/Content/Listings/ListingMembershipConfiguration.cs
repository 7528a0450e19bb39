using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Listings;

namespace RusToK.Infrastructure.Modules.Content.Listings;

internal sealed class ListingMembershipConfiguration : IEntityTypeConfiguration<ListingMembership>
{
    public void Configure(EntityTypeBuilder<ListingMembership> builder)
    {
        builder.ToTable("ListingMemberships");
        builder.Property(m => m.ContentType).HasMaxLength(ContentTypes.MaxLength).IsRequired();
        builder.Property(m => m.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(m => m.Key).HasMaxLength(ListingCount.MaxKeyLength).IsRequired();
        builder.Property(m => m.Scope).HasMaxLength(ListingScope.MaxLength).IsRequired();
        builder.Ignore(m => m.Entry);
        // One row per address and count: a second delivery of an event racing the first fails here and is retried.
        builder.HasIndex(m => new { m.TenantId, m.ContentType, m.Slug, m.Dimension, m.Key, m.Scope }).IsUnique();
        // Finds the addresses under a tag, or the address a version was counted at.
        builder.HasIndex(m => new { m.TenantId, m.Dimension, m.Key });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
