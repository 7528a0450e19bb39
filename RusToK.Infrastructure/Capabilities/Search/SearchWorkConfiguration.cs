using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Capabilities.Search;

internal sealed class SearchWorkConfiguration : IEntityTypeConfiguration<SearchWork>
{
    public void Configure(EntityTypeBuilder<SearchWork> builder)
    {
        builder.ToTable("SearchWork");
        builder.Property(w => w.EntityType).HasMaxLength(EntityRef.MaxTypeLength).IsRequired();
        builder.Property(w => w.LastError).HasMaxLength(1000);
        builder.HasIndex(w => new { w.TenantId, w.EntityType, w.EntityId }).IsUnique();
        builder.HasIndex(w => new { w.ClaimedUntil, w.EnqueuedAt });
        builder.HasIndex(w => w.ClaimToken);
    }
}
