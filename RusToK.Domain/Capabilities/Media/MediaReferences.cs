using System.Text.RegularExpressions;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>Finds the library files a text points at (<c>/media/{id}/…</c> in a body, a cover address, a block).</summary>
public static partial class MediaReferences
{
    public static IReadOnlySet<Guid> In(params string?[] texts) =>
        texts.Where(t => t is not null).SelectMany(t => MediaPath().Matches(t!)).Select(m => Guid.Parse(m.Groups[1].Value)).ToHashSet();

    [GeneratedRegex("/media/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})/")]
    private static partial Regex MediaPath();
}
