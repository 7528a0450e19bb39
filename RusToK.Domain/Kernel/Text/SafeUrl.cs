namespace RusToK.Domain.Kernel.Text;

/// <summary>Addresses a person may put on a page: paths on this site or absolute http(s); never <c>javascript:</c> or <c>data:</c>.</summary>
public static class SafeUrl
{
    /// <summary>True for an empty value, a path on this site (<c>/…</c>, not <c>//host</c>) or an http(s) address.</summary>
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return true;
        if (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\')) return true;
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
    }
}
