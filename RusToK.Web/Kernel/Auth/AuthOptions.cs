namespace RusToK.Web.Kernel.Auth;

/// <summary>The <c>Auth</c> section: API token settings.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HMAC key for access tokens (at least 32 characters). Generated into the data folder when empty; set it when running several nodes.</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "rustok";

    public string Audience { get; set; } = "rustok-api";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);
}
