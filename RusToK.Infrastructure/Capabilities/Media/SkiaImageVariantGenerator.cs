using RusToK.Domain.Capabilities.Media;
using SkiaSharp;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>Decodes with SkiaSharp (honouring EXIF orientation) and writes proportional WebP variants, never upscaled.</summary>
public sealed class SkiaImageVariantGenerator : IImageVariantGenerator
{
    private const int WebPQuality = 80;

    public ImageSize? Probe(Stream image)
    {
        using var codec = SKCodec.Create(image);
        if (codec is null) return null;
        var size = codec.Info;
        var rotated = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        return rotated ? new ImageSize(size.Height, size.Width) : new ImageSize(size.Width, size.Height);
    }

    public IReadOnlyList<ImageVariant> Generate(Stream image, IReadOnlyList<ImageVariantSpec> specs)
    {
        using var original = DecodeUpright(image);
        if (original is null) return [];
        return specs.Select(spec => Resize(original, spec)).ToList();
    }

    private static ImageVariant Resize(SKBitmap original, ImageVariantSpec spec)
    {
        var width = Math.Min(spec.MaxWidth, original.Width);
        var height = Math.Max(1, (int)Math.Round(original.Height * (width / (double)original.Width)));
        using var resized = original.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? original.Copy();
        using var encoded = resized.Encode(SKEncodedImageFormat.Webp, WebPQuality);
        return new ImageVariant(spec.Name, width, height, encoded.ToArray());
    }

    // Phones store photos sideways with an orientation flag; turn the pixels so variants are upright.
    private static SKBitmap? DecodeUpright(Stream image)
    {
        using var codec = SKCodec.Create(image);
        if (codec is null) return null;
        var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null || codec.EncodedOrigin == SKEncodedOrigin.TopLeft) return bitmap;
        var swap = codec.EncodedOrigin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var upright = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using (var canvas = new SKCanvas(upright))
        {
            canvas.SetMatrix(OrientationMatrix(codec.EncodedOrigin, bitmap.Width, bitmap.Height));
            canvas.DrawBitmap(bitmap, 0, 0);
        }

        bitmap.Dispose();
        return upright;
    }

    private static SKMatrix OrientationMatrix(SKEncodedOrigin origin, int w, int h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
