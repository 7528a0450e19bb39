using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Capabilities.Tags;

internal sealed class TagAssignmentConfiguration : IEntityTypeConfiguration<TagAssignment>
{
    public void Configure(EntityTypeBuilder<TagAssignment> builder)
    {
        builder.ToTable("TagAssignments");
        builder.Property(a => a.EntityType).HasMaxLength(EntityRef.MaxTypeLength).IsRequired();
        builder.HasIndex(a => new { a.TenantId, a.TagId, a.EntityType, a.EntityId }).IsUnique();
        builder.HasIndex(a => new { a.TenantId, a.EntityType, a.EntityId });
        builder.HasOne<Tag>().WithMany().HasForeignKey(a => a.TagId).OnDelete(DeleteBehavior.Cascade);
    }
}
