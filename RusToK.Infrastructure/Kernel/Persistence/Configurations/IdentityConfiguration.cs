using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Infrastructure.Kernel.Persistence.Configurations;

/// <summary>Makes user and role names unique per tenant instead of globally: the same e-mail may live in two tenants.</summary>
internal sealed class IdentityConfiguration : IEntityTypeConfiguration<AppUser>, IEntityTypeConfiguration<AppRole>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Metadata.RemoveIndex([builder.Metadata.FindProperty(nameof(AppUser.NormalizedUserName))!]);
        builder.HasIndex(u => new { u.TenantId, u.NormalizedUserName }).IsUnique().HasDatabaseName("UserNameIndex");
        builder.HasIndex(u => new { u.TenantId, u.NormalizedEmail }).HasDatabaseName("TenantEmailIndex");
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.AvatarUrl).HasMaxLength(Domain.Kernel.Identity.PersonProfile.MaxAvatarUrlLength);
        builder.Property(u => u.Bio).HasMaxLength(Domain.Kernel.Identity.PersonProfile.MaxBioLength);
        builder.HasOne<Domain.Kernel.Tenancy.Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AppRole> builder)
    {
        builder.Metadata.RemoveIndex([builder.Metadata.FindProperty(nameof(AppRole.NormalizedName))!]);
        builder.HasIndex(r => new { r.TenantId, r.NormalizedName }).IsUnique().HasDatabaseName("RoleNameIndex");
        builder.HasOne<Domain.Kernel.Tenancy.Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
