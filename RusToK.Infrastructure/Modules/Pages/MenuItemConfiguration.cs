using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Modules.Pages.Menus;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Modules.Pages;

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> builder)
    {
        builder.ToTable("MenuItems");
        builder.Property(i => i.Title).HasMaxLength(MenuItem.MaxTitleLength).IsRequired();
        builder.Property(i => i.Url).HasMaxLength(MenuItem.MaxUrlLength).IsRequired();
        builder.Property(i => i.Translations).AsJsonList();
        builder.HasIndex(i => new { i.TenantId, i.MenuId, i.Position });
    }
}
