namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// One refresh token of a rotating family. Each use replaces it with a new one; presenting a replaced
/// token again means it leaked, and the whole family is revoked.
/// </summary>
public sealed class RefreshToken
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public Guid? TenantId { get; set; }

    public Guid FamilyId { get; set; }

    /// <summary>SHA-256 of the token; the token itself is never stored.</summary>
    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public DateTime? ReplacedAt { get; set; }

    public bool IsUsable(DateTime now) => RevokedAt is null && ReplacedAt is null && ExpiresAt > now;
}
