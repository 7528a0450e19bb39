using RusToK.Domain.Capabilities.Media;

namespace RusToK.Web.Capabilities.Media;

/// <summary>A library file with its addresses: the original and, for images, the WebP variants once produced.</summary>
public sealed record MediaDto(Guid Id, string FileName, string ContentType, string Kind, long SizeBytes, int? Width, int? Height, string AltText,
    string Url, string? ThumbnailUrl, IReadOnlyList<string> Variants, int UsageCount, DateTime CreatedAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static MediaDto From(MediaFile f, int usageCount = 0) => new(
        f.Id, f.FileName, f.ContentType, f.Kind.ToString(), f.SizeBytes, f.Width, f.Height, f.AltText, f.Url(),
        f.HasVariant("thumb") ? f.Url("thumb") : null, f.Variants.Split(',', StringSplitOptions.RemoveEmptyEntries), usageCount, f.CreatedAt);
}
