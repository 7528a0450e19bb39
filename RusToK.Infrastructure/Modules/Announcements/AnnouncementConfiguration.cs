using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Modules.Announcements;

namespace RusToK.Infrastructure.Modules.Announcements;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.ToTable("Announcements");
        builder.Property(a => a.Title).HasMaxLength(Announcement.MaxTitleLength).IsRequired();
        builder.Property(a => a.Body).HasMaxLength(Announcement.MaxBodyLength).IsRequired();
        builder.Property(a => a.ConcurrencyStamp).IsConcurrencyToken();
        builder.Ignore(a => a.DomainEvents);
        builder.HasOne<Domain.Kernel.Tenancy.Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
