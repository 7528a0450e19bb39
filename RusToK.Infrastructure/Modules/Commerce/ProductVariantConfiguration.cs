using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Infrastructure.Modules.Commerce;

internal sealed class ProductVariantConfiguration : IEntityTypeConfiguration<ProductVariant>
{
    public void Configure(EntityTypeBuilder<ProductVariant> builder)
    {
        builder.ToTable("ProductVariants");
        builder.Property(v => v.Sku).HasMaxLength(ProductVariant.MaxSkuLength).IsRequired();
        builder.Property(v => v.Barcode).HasMaxLength(ProductVariant.MaxSkuLength);
        builder.Property(v => v.Option1).HasMaxLength(ProductVariant.MaxOptionValueLength);
        builder.Property(v => v.Option2).HasMaxLength(ProductVariant.MaxOptionValueLength);
        builder.Property(v => v.Option3).HasMaxLength(ProductVariant.MaxOptionValueLength);
        builder.Property(v => v.ImageUrl).HasMaxLength(Product.MaxUrlLength);
        builder.Ignore(v => v.OptionValues);
        builder.Ignore(v => v.StockState);
        // A SKU names one thing the shop stocks: unique in the tenant, across products.
        builder.HasIndex(v => new { v.TenantId, v.Sku }).IsUnique();
    }
}
