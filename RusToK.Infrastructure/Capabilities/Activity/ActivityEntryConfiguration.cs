using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Activity;

internal sealed class ActivityEntryConfiguration : IEntityTypeConfiguration<ActivityEntry>
{
    public void Configure(EntityTypeBuilder<ActivityEntry> builder)
    {
        builder.ToTable("ActivityEntries");
        builder.Property(a => a.Id).ValueGeneratedNever(); // the event's id: a redelivered event cannot add a second line
        builder.Property(a => a.Module).HasMaxLength(64).IsRequired();
        builder.Property(a => a.EntityType).HasMaxLength(64).IsRequired();
        builder.Property(a => a.Sentence).HasMaxLength(200).IsRequired();
        builder.Property(a => a.Subject).HasMaxLength(ActivityEntry.MaxSubjectLength).IsRequired();
        builder.Property(a => a.Path).HasMaxLength(300);
        builder.Property(a => a.Permission).HasMaxLength(100).IsRequired();
        // The feed reads newest first, whole or narrowed to one module or one person.
        builder.HasIndex(a => new { a.TenantId, a.OccurredAt });
        builder.HasIndex(a => new { a.TenantId, a.Module, a.OccurredAt });
        builder.HasIndex(a => new { a.TenantId, a.ActorId, a.OccurredAt });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Cascade);
    }
}
