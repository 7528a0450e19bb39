using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages.Blocks;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Modules.Pages;

internal sealed class PageBlockConfiguration : IEntityTypeConfiguration<PageBlock>
{
    public void Configure(EntityTypeBuilder<PageBlock> builder)
    {
        builder.ToTable("PageBlocks");
        builder.Property(b => b.Title).HasMaxLength(PageBlock.MaxTitleLength);
        builder.Property(b => b.ImageUrl).HasMaxLength(PageBlock.MaxUrlLength);
        builder.Property(b => b.ImageAlt).HasMaxLength(PageBlock.MaxTitleLength);
        builder.Property(b => b.ButtonText).HasMaxLength(PageBlock.MaxLabelLength);
        builder.Property(b => b.ButtonUrl).HasMaxLength(PageBlock.MaxUrlLength);
        builder.Property(b => b.Translations).AsJsonList();
        builder.Property(b => b.TranslatedHtml).AsJsonList();
        builder.HasIndex(b => new { b.TenantId, b.PageId, b.Position });
        builder.HasOne<ContentItem>().WithMany().HasForeignKey(b => b.PageId).OnDelete(DeleteBehavior.Cascade);
    }
}
