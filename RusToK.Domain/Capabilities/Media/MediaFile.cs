using RusToK.Domain.Capabilities.Media.Events;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Domain.Capabilities.Media;

/// <summary>A file in the tenant's media library. Images get WebP variants from a background job after upload.</summary>
public sealed class MediaFile : TenantOwnedAggregate
{
    public const int MaxFileNameLength = 200;
    public const int MaxAltLength = 300;

    private MediaFile()
    {
    }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public string Extension { get; private set; } = "";

    public MediaKind Kind { get; private set; }

    public long SizeBytes { get; private set; }

    public int? Width { get; private set; }

    public int? Height { get; private set; }

    public string AltText { get; private set; } = "";

    /// <summary>Comma-separated names of the variants produced so far ("thumb,medium,large").</summary>
    public string Variants { get; private set; } = "";

    public string StoragePrefix => $"{TenantId:N}/{Id:N}/";

    public string OriginalKey => $"{StoragePrefix}original.{Extension}";

    /// <summary>The site-relative address readers load: <c>/media/{id}/original.jpg</c> or a variant.</summary>
    public string Url(string? variant = null) => variant is not null && HasVariant(variant) ? MediaUrls.Variant(Id, variant) : $"/media/{Id}/original.{Extension}";

    public bool HasVariant(string name) => Variants.Split(',').Contains(name);

    public static MediaFile Create(string fileName, SniffedMediaType type, long size, ImageSize? image, string? alt)
    {
        var file = new MediaFile
        {
            FileName = Path.GetFileName(fileName).Trim() is { Length: > 0 } name ? name[..Math.Min(name.Length, MaxFileNameLength)] : "file",
            ContentType = type.ContentType,
            Extension = type.Extension,
            Kind = type.Kind,
            SizeBytes = size,
            Width = image?.Width,
            Height = image?.Height,
            AltText = alt?.Trim() ?? "",
        };
        file.Raise(new MediaUploaded(file.Id, file.Kind));
        return file;
    }

    public void DescribeAs(string alt)
    {
        AltText = alt.Trim();
        UpdatedAt = DateTime.UtcNow;
    }

    public void VariantsProduced(IEnumerable<string> names)
    {
        Variants = string.Join(',', names);
        UpdatedAt = DateTime.UtcNow;
    }

    public void MarkDeleted() => Raise(new MediaDeleted(Id, StoragePrefix));
}
