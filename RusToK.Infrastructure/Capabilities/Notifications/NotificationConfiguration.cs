using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Notifications;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("Notifications");
        builder.Property(n => n.Sentence).HasMaxLength(200).IsRequired();
        builder.Property(n => n.Subject).HasMaxLength(Notification.MaxSubjectLength).IsRequired();
        builder.Property(n => n.Path).HasMaxLength(300);
        builder.HasIndex(n => new { n.SourceEventId, n.UserId }).IsUnique(); // one per event and person, however often it is delivered
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.CreatedAt });
        builder.HasIndex(n => new { n.TenantId, n.UserId, n.ReadAt });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(n => n.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
