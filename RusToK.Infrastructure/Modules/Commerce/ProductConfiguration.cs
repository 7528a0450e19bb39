using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Infrastructure.Modules.Commerce;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("Products");
        builder.Property(p => p.Title).HasMaxLength(Product.MaxTitleLength).IsRequired();
        builder.Property(p => p.Slug).HasMaxLength(Domain.Kernel.Text.Slug.MaxLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Product.MaxDescriptionLength).IsRequired();
        builder.Property(p => p.DescriptionHtml).IsRequired();
        builder.Property(p => p.Currency).HasMaxLength(3).IsRequired();
        builder.Property(p => p.ImageUrl).HasMaxLength(Product.MaxUrlLength);
        builder.Property(p => p.ImageAlt).HasMaxLength(Product.MaxAltLength);
        builder.Property(p => p.Option1Name).HasMaxLength(Product.MaxOptionNameLength);
        builder.Property(p => p.Option2Name).HasMaxLength(Product.MaxOptionNameLength);
        builder.Property(p => p.Option3Name).HasMaxLength(Product.MaxOptionNameLength);
        builder.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(p => p.DomainEvents);
        builder.Ignore(p => p.OptionNames);
        builder.Ignore(p => p.IsOnSale);
        builder.HasIndex(p => new { p.TenantId, p.Slug }).IsUnique();
        // The listings: on sale, newest first or by price.
        builder.HasIndex(p => new { p.TenantId, p.Status, p.PublishedAt });
        builder.HasIndex(p => new { p.TenantId, p.Status, p.PriceFrom });
        builder.HasMany(p => p.Variants).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Variants).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<ProductCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
