using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search;

internal sealed class SearchRebuildConfiguration : IEntityTypeConfiguration<SearchRebuild>
{
    public void Configure(EntityTypeBuilder<SearchRebuild> builder)
    {
        builder.ToTable("SearchRebuilds");
        builder.Property(r => r.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(r => r.LastError).HasMaxLength(1000);
        builder.Ignore(r => r.IsRunning);
        builder.HasIndex(r => new { r.TenantId, r.StartedAt });
        builder.HasIndex(r => r.FinishedAt);
    }
}
