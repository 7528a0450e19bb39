using System.Security.Claims;

namespace RusToK.Domain.Kernel.Security;

/// <summary>Claim types RusToK puts in cookies and tokens, and how to read them back.</summary>
public static class RusToKClaims
{
    public const string Tenant = "rustok:tenant";
    public const string PlatformAdmin = "rustok:platform-admin";
    public const string Subject = "sub";

    /// <summary>Identifies one cookie session, so signing out can end that session on every node.</summary>
    public const string Session = "rustok:session";

    /// <summary>The user id from a cookie principal (name identifier) or a bearer token (sub).</summary>
    public static Guid? UserId(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst(Subject)?.Value, out var id) ? id : null;

    /// <summary>The display name put in cookies and tokens, falling back to the user name.</summary>
    public static string DisplayName(ClaimsPrincipal user) => user.FindFirst("name")?.Value ?? user.Identity?.Name ?? "Unknown";

    public static bool IsPlatformAdmin(ClaimsPrincipal user) => user.HasClaim(PlatformAdmin, "true");

    public static Guid? TenantOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirst(Tenant)?.Value, out var id) ? id : null;
}
