namespace RusToK.Web.Kernel.Auth;

/// <summary>Where to go after signing in: the requested local page, never another site (no open redirect).</summary>
public static class LocalReturnUrl
{
    public static string Resolve(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl.TrimStart('/')
            : "./";
}
