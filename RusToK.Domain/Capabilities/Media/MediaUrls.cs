using System.Text.RegularExpressions;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>Reads library addresses (<c>/media/{id}/original.jpg</c>) to offer their resized copies to browsers.</summary>
public static partial class MediaUrls
{
    /// <summary>
    /// The library's WebP sizes of a file (<c>/media/{id}/thumb.webp</c> at most 320 wide, …), or null for an address
    /// outside the library. Sizes not made yet are answered with the original, so they are always safe to offer.
    /// </summary>
    public static IReadOnlyList<(string Url, int Width)>? Variants(string? url)
    {
        if (url is null || LibraryOriginal().Match(url) is not { Success: true } match) return null;
        var id = Guid.Parse(match.Groups["id"].Value);
        return ImageVariantSpec.Standard.Select(s => (Variant(id, s.Name), s.MaxWidth)).ToList();
    }

    /// <summary>
    /// The <c>srcset</c> attribute offering a library file's sizes, each address passed through <paramref name="address"/>
    /// (a page that resolves links against its base makes them relative); null for an address outside the library.
    /// </summary>
    public static string? Srcset(string? url, Func<string, string>? address = null) => Variants(url) is { } variants
        ? string.Join(", ", variants.Select(v => $"{(address is null ? v.Url : address(v.Url))} {v.Width}w"))
        : null;

    /// <summary>
    /// A library address relative to the site's root (<c>media/{id}/original.jpg</c>). Pages carry the tenant's root as
    /// their base, so it reaches the file on a host tenant and on one under a path (<c>/t/shop/</c>) alike.
    /// </summary>
    public static string SiteRelative(string url) => url.StartsWith("/media/", StringComparison.Ordinal) ? url[1..] : url;

    /// <summary>Where a file's resized copy is served: <c>/media/{id}/{name}.webp</c>.</summary>
    public static string Variant(Guid id, string name) => $"/media/{id}/{name}.webp";

    [GeneratedRegex("^/media/(?<id>[0-9a-fA-F-]{36})/original\\.[a-z0-9]{1,5}$")]
    private static partial Regex LibraryOriginal();
}
