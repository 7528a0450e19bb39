namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>
/// The platform's own address, under which every site also answers at <c>/t/{slug}/</c>: a site's address with its
/// tenant prefix taken off (a platform administrator may be working inside any site).
/// </summary>
public static class PlatformAddress
{
    public static string Of(string siteAddress, string? tenantSlug)
    {
        var address = siteAddress.TrimEnd('/');
        var prefix = "/t/" + tenantSlug;
        if (tenantSlug is not null && address.EndsWith(prefix, StringComparison.Ordinal)) address = address[..^prefix.Length];
        return address + "/";
    }
}
