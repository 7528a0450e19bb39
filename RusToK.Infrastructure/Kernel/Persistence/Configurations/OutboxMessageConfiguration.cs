using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Type).HasMaxLength(300).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Ignore(m => m.State);
        // The relay's scan: undelivered rows by due time.
        builder.HasIndex(m => new { m.ProcessedAt, m.DeadLetteredAt, m.NextAttemptAt });
        builder.HasIndex(m => new { m.AggregateId, m.OccurredAt });
        builder.HasIndex(m => new { m.TenantId, m.OccurredAt });
    }
}
