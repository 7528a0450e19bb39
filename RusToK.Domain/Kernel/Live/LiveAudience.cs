namespace RusToK.Domain.Kernel.Live;

/// <summary>Who listens on one admin page or hub connection, worked out once when it opens: its site, its person and what they may see.</summary>
public sealed record LiveAudience(Guid? TenantId, Guid? UserId, IReadOnlySet<string> Granted)
{
    public bool Hears(LiveMessage message) => message.IsFor(TenantId, UserId, Granted);
}
