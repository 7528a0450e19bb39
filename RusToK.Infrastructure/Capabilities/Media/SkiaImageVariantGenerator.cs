using RusToK.Domain.Capabilities.Media;
using SkiaSharp;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>Decodes with SkiaSharp (honouring EXIF orientation) and writes proportional WebP variants, never upscaled.</summary>
public sealed class SkiaImageVariantGenerator : IImageVariantGenerator
{
    private const int WebPQuality = 80;

    // A few kilobytes of PNG can claim 30000×30000 pixels; decoding that would take gigabytes, so such images get no variants.
    private const long MaxDecodedPixels = 64_000_000;

    public ImageSize? Probe(Stream image)
    {
        using var codec = SKCodec.Create(image);
        if (codec is null) return null;
        return Sideways(codec.EncodedOrigin) ? new ImageSize(codec.Info.Height, codec.Info.Width) : new ImageSize(codec.Info.Width, codec.Info.Height);
    }

    public IReadOnlyList<ImageVariant> Generate(Stream image, IReadOnlyList<ImageVariantSpec> specs)
    {
        if (specs.Count == 0) return [];
        using var codec = SKCodec.Create(image);
        if (codec is null) return [];
        var upright = Sideways(codec.EncodedOrigin) ? new ImageSize(codec.Info.Height, codec.Info.Width) : new ImageSize(codec.Info.Width, codec.Info.Height);
        using var decoded = DecodeUpright(codec, upright, specs.Max(s => s.MaxWidth));
        if (decoded is null) return [];
        return specs.Select(spec => Resize(decoded, upright, spec)).ToList();
    }

    private static ImageVariant Resize(SKBitmap decoded, ImageSize upright, ImageVariantSpec spec)
    {
        // Sizes follow the original's proportions, not the (possibly pre-scaled) decoded bitmap's rounded ones.
        var width = Math.Max(1, Math.Min(spec.MaxWidth, upright.Width));
        var height = Math.Max(1, (int)Math.Round(upright.Height * (width / (double)upright.Width)));
        using var resized = decoded.Width == width && decoded.Height == height
            ? decoded.Copy()
            : decoded.Resize(new SKImageInfo(width, height), new SKSamplingOptions(SKCubicResampler.Mitchell)) ?? decoded.Copy();
        using var encoded = resized.Encode(SKEncodedImageFormat.Webp, WebPQuality);
        return new ImageVariant(spec.Name, width, height, encoded.ToArray());
    }

    // JPEGs decode straight at a reduced scale when the largest variant is much smaller, which saves most of the memory.
    // Phones store photos sideways with an orientation flag; the pixels are turned so variants are upright.
    private static SKBitmap? DecodeUpright(SKCodec codec, ImageSize upright, int widest)
    {
        // The codec rounds to its nearest supported scale (eighths for JPEG), so ask a sixteenth more and never accept
        // a decode narrower than the widest variant, which would then be upscaled.
        var target = Math.Min(widest, upright.Width);
        var size = codec.GetScaledDimensions(Math.Min(1f, (target / (float)upright.Width) + 0.0625f));
        if ((Sideways(codec.EncodedOrigin) ? size.Height : size.Width) < target) size = codec.Info.Size;
        if ((long)size.Width * size.Height > MaxDecodedPixels) return null;
        var info = codec.Info.WithSize(size.Width, size.Height).WithColorType(SKImageInfo.PlatformColorType);
        if (info.AlphaType == SKAlphaType.Unpremul) info = info.WithAlphaType(SKAlphaType.Premul);
        var bitmap = SKBitmap.Decode(codec, info);
        if (bitmap is null || codec.EncodedOrigin == SKEncodedOrigin.TopLeft) return bitmap;
        var swap = Sideways(codec.EncodedOrigin);
        var turned = new SKBitmap(swap ? bitmap.Height : bitmap.Width, swap ? bitmap.Width : bitmap.Height);
        using (var canvas = new SKCanvas(turned))
        {
            canvas.SetMatrix(OrientationMatrix(codec.EncodedOrigin, bitmap.Width, bitmap.Height));
            // Quarter turns and mirrors land on whole pixels, so nearest sampling copies them exactly.
            canvas.DrawBitmap(bitmap, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        }

        bitmap.Dispose();
        return turned;
    }

    private static bool Sideways(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

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
