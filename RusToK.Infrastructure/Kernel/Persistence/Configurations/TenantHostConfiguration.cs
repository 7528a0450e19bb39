using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Persistence.Configurations;

internal sealed class TenantHostConfiguration : IEntityTypeConfiguration<TenantHost>
{
    public void Configure(EntityTypeBuilder<TenantHost> builder)
    {
        builder.ToTable("TenantHosts");
        builder.Property(h => h.Name).HasMaxLength(253).IsRequired();
        builder.HasIndex(h => h.Name).IsUnique();
    }
}
