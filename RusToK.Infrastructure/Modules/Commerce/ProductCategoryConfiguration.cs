using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Infrastructure.Modules.Commerce;

internal sealed class ProductCategoryConfiguration : IEntityTypeConfiguration<ProductCategory>
{
    public void Configure(EntityTypeBuilder<ProductCategory> builder)
    {
        builder.ToTable("ProductCategories");
        builder.Property(c => c.Name).HasMaxLength(ProductCategory.MaxNameLength).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(Domain.Kernel.Text.Slug.MaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(ProductCategory.MaxDescriptionLength).IsRequired();
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(c => c.DomainEvents);
        builder.HasIndex(c => new { c.TenantId, c.Slug }).IsUnique();
        builder.HasOne<ProductCategory>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Kernel.Tenancy.Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
