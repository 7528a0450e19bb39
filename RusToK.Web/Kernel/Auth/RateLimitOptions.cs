namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// How many sign-in, token, refresh, registration and password-reset requests are let through per minute
/// (section <c>RateLimits</c>), per client address and per e-mail address.
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Requests a minute from one client address to the sign-in, token and account endpoints.</summary>
    public int PerAddressPerMinute { get; set; } = 30;

    /// <summary>Attempts a minute for one e-mail address, from any client address.</summary>
    public int PerAccountPerMinute { get; set; } = 10;
}
