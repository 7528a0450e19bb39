namespace RusToK.Domain.Capabilities.Media;

/// <summary>Reads image sizes and produces resized WebP variants (never wider than the original).</summary>
public interface IImageVariantGenerator
{
    /// <summary>The image's upright size, or null when the bytes do not decode as an image.</summary>
    ImageSize? Probe(Stream image);

    /// <summary>One WebP per spec, at most <see cref="ImageVariantSpec.MaxWidth"/> wide; empty when the image cannot be decoded.</summary>
    IReadOnlyList<ImageVariant> Generate(Stream image, IReadOnlyList<ImageVariantSpec> specs);
}
