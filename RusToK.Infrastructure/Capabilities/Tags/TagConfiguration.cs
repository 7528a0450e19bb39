using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Tags;

internal sealed class TagConfiguration : IEntityTypeConfiguration<Tag>
{
    public void Configure(EntityTypeBuilder<Tag> builder)
    {
        builder.ToTable("Tags");
        builder.Property(t => t.Name).HasMaxLength(Tag.MaxNameLength).IsRequired();
        builder.Property(t => t.Slug).HasMaxLength(Domain.Kernel.Text.Slug.MaxLength).IsRequired();
        builder.HasIndex(t => new { t.TenantId, t.Slug }).IsUnique();
        builder.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(t => t.DomainEvents);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
