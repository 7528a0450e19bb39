using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Infrastructure.Kernel.Persistence.Configurations;

internal sealed class RevokedSessionConfiguration : IEntityTypeConfiguration<RevokedSession>
{
    public void Configure(EntityTypeBuilder<RevokedSession> builder)
    {
        builder.ToTable("RevokedSessions");
        builder.HasKey(s => s.SessionId);
        builder.Property(s => s.SessionId).HasMaxLength(32);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
