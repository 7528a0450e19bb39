namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>
/// A signed-out cookie session: any copy of its cookie is refused on every node until <see cref="ExpiresAt"/>,
/// when every copy would have expired anyway and the row can go.
/// </summary>
public sealed class RevokedSession
{
    /// <summary>The session id claim the cookie carries (random, not secret: the cookie itself is encrypted).</summary>
    public string SessionId { get; set; } = "";

    public DateTime ExpiresAt { get; set; }
}
