using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Infrastructure.Modules.Content;

internal sealed class ContentItemConfiguration : IEntityTypeConfiguration<ContentItem>
{
    public void Configure(EntityTypeBuilder<ContentItem> builder)
    {
        builder.ToTable("ContentItems");
        builder.Property(i => i.Type).HasMaxLength(ContentTypes.MaxLength).IsRequired();
        builder.Property(i => i.Language).HasMaxLength(ContentItem.MaxLanguageLength).IsRequired();
        builder.Property(i => i.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(i => i.Title).HasMaxLength(ContentItem.MaxTitleLength).IsRequired();
        builder.Property(i => i.Excerpt).HasMaxLength(ContentItem.MaxExcerptLength + 1).IsRequired();
        builder.Property(i => i.Body).IsRequired();
        builder.Property(i => i.BodyHtml).IsRequired();
        builder.Property(i => i.CoverImageUrl).HasMaxLength(ContentItem.MaxUrlLength);
        builder.Property(i => i.CoverImageAlt).HasMaxLength(ContentItem.MaxAltLength);
        builder.Property(i => i.MetaTitle).HasMaxLength(ContentItem.MaxMetaTitleLength);
        builder.Property(i => i.MetaDescription).HasMaxLength(ContentItem.MaxMetaDescriptionLength);
        builder.Property(i => i.AuthorName).HasMaxLength(ContentItem.MaxAuthorLength).IsRequired();
        builder.Property(i => i.LastEditedBy).HasMaxLength(ContentItem.MaxAuthorLength);
        builder.Ignore(i => i.ReadingMinutes);

        // One address per type and language (slug first, so "this slug in any language" finds it too). The storefront's
        // lists read by status and date: all posts, one category's, and a post's neighbours within its language
        // (without Language in that key MariaDB walked half the blog to find them).
        builder.HasIndex(i => new { i.TenantId, i.Type, i.Slug, i.Language }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.Type, i.Status, i.PublishedAt });
        builder.HasIndex(i => new { i.TenantId, i.CategoryId, i.Type, i.Status, i.PublishedAt });
        builder.HasIndex(i => new { i.TenantId, i.Type, i.Language, i.Status, i.PublishedAt });
        builder.HasIndex(i => new { i.Status, i.PublishAt });

        builder.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(i => i.DomainEvents);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Category>().WithMany().HasForeignKey(i => i.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
