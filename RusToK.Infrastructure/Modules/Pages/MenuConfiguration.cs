using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Infrastructure.Modules.Pages;

internal sealed class MenuConfiguration : IEntityTypeConfiguration<Menu>
{
    public void Configure(EntityTypeBuilder<Menu> builder)
    {
        builder.ToTable("Menus");
        builder.HasIndex(m => new { m.TenantId, m.Location }).IsUnique();
        builder.HasMany(m => m.Items).WithOne().HasForeignKey(i => i.MenuId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(m => m.DomainEvents);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(m => m.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
