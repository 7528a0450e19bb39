using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Kernel.Persistence.Configurations;

internal sealed class TenantConfiguration : IEntityTypeConfiguration<Tenant>
{
    public void Configure(EntityTypeBuilder<Tenant> builder)
    {
        builder.ToTable("Tenants");
        builder.Property(t => t.Slug).HasMaxLength(TenantSlug.MaxLength).IsRequired();
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(TenantAdministrationService.MaxNameLength).IsRequired();
        builder.Property(t => t.PrimaryColor).HasMaxLength(7).IsRequired();
        builder.Property(t => t.LogoUrl).HasMaxLength(500);
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(t => t.EnabledModules)
            .HasConversion(
                v => string.Join(',', v),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, s) => HashCode.Combine(h, s.GetHashCode())), v => v.ToList()))
            .HasMaxLength(1000);
        builder.HasMany(t => t.Hosts).WithOne().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.DomainEvents);
    }
}
