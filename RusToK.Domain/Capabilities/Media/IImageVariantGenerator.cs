namespace RusToK.Domain.Capabilities.Media;

/// <summary>Reads image sizes and produces resized WebP variants (never wider than the original).</summary>
public interface IImageVariantGenerator
{
    /// <summary>The image's size, or null when the bytes do not decode as an image.</summary>
    ImageSize? Probe(Stream image);

    IReadOnlyList<ImageVariant> Generate(Stream image, IReadOnlyList<ImageVariantSpec> specs);
}
