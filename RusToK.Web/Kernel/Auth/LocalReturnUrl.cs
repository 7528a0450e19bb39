namespace RusToK.Web.Kernel.Auth;

/// <summary>Where to go after signing in: the requested local page, never another site (no open redirect).</summary>
public static class LocalReturnUrl
{
    /// <summary>True for a page of this site other than its root; anything else is "no return address".</summary>
    public static bool IsGiven(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal);

    public static string Resolve(string? returnUrl) => IsGiven(returnUrl) ? returnUrl!.TrimStart('/') : "./";
}
