using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Modules.Content;

internal sealed class CategoryConfiguration : IEntityTypeConfiguration<Category>
{
    public void Configure(EntityTypeBuilder<Category> builder)
    {
        builder.ToTable("Categories");
        builder.Property(c => c.Name).HasMaxLength(Category.MaxNameLength).IsRequired();
        builder.Property(c => c.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(c => c.Description).HasMaxLength(Category.MaxDescriptionLength).IsRequired();
        builder.Property(c => c.Translations).AsJsonList();
        builder.HasIndex(c => new { c.TenantId, c.Slug }).IsUnique();
        builder.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(c => c.DomainEvents);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
