namespace RusToK.Domain.Kernel.Security;

/// <summary>Claim types RusToK puts in cookies and tokens.</summary>
public static class RusToKClaims
{
    public const string Tenant = "rustok:tenant";
    public const string PlatformAdmin = "rustok:platform-admin";
    public const string SecurityStamp = "rustok:stamp";
}
