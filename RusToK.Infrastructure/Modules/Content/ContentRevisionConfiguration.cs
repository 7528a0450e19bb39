using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Infrastructure.Modules.Content;

internal sealed class ContentRevisionConfiguration : IEntityTypeConfiguration<ContentRevision>
{
    public void Configure(EntityTypeBuilder<ContentRevision> builder)
    {
        builder.ToTable("ContentRevisions");
        builder.Property(r => r.Title).HasMaxLength(ContentItem.MaxTitleLength).IsRequired();
        builder.Property(r => r.Excerpt).HasMaxLength(ContentItem.MaxExcerptLength + 1).IsRequired();
        builder.Property(r => r.Body).IsRequired();
        builder.Property(r => r.AuthorName).HasMaxLength(ContentItem.MaxAuthorLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(60).IsRequired();
        builder.HasIndex(r => new { r.TenantId, r.ContentItemId, r.Number }).IsUnique();
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(r => r.ContentItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
