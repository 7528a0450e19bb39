using RusToK.Domain.Capabilities.Media;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Testing;
using SkiaSharp;

namespace RusToK.Infrastructure.Tests.Capabilities.Media;

/// <summary>Variants are upright WebP, proportional, never wider than asked and never upscaled.</summary>
public sealed class SkiaImageVariantGeneratorTests
{
    private readonly SkiaImageVariantGenerator _generator = new();

    [Fact]
    public void Probe_reports_the_size_of_an_image()
    {
        _generator.Probe(new MemoryStream(TestImages.Png(1600, 900))).ShouldBe(new ImageSize(1600, 900));
        _generator.Probe(new MemoryStream(TestImages.Jpeg(300, 200))).ShouldBe(new ImageSize(300, 200));
        _generator.Probe(new MemoryStream(MediaTestFiles.WebP(40, 30))).ShouldBe(new ImageSize(40, 30));
    }

    [Fact]
    public void Probe_returns_null_for_bytes_that_are_not_an_image()
    {
        _generator.Probe(new MemoryStream("%PDF-1.7\n"u8.ToArray())).ShouldBeNull();
        _generator.Probe(new MemoryStream(TestImages.Png(100, 100)[..40])).ShouldBeNull();
    }

    [Fact]
    public void Variants_are_webp_and_never_wider_than_asked()
    {
        var variants = _generator.Generate(new MemoryStream(TestImages.Jpeg(1600, 900)), ImageVariantSpec.Standard);

        variants.Select(v => (v.Name, v.Width, v.Height)).ShouldBe([("thumb", 320, 180), ("medium", 768, 432), ("large", 1280, 720)]);
        foreach (var variant in variants)
        {
            new MagicNumberMediaTypeSniffer().Sniff(variant.WebP)!.ContentType.ShouldBe("image/webp");
            using var decoded = SKBitmap.Decode(variant.WebP);
            (decoded.Width, decoded.Height).ShouldBe((variant.Width, variant.Height));
        }
    }

    [Fact]
    public void Large_photos_keep_their_proportions_in_every_variant()
    {
        var variants = _generator.Generate(new MemoryStream(TestImages.Jpeg(4000, 3000)), ImageVariantSpec.Standard);

        variants.Select(v => (v.Width, v.Height)).ShouldBe([(320, 240), (768, 576), (1280, 960)]);
    }

    [Fact]
    public void Small_images_are_not_upscaled()
    {
        var variants = _generator.Generate(new MemoryStream(TestImages.Png(200, 100)), ImageVariantSpec.Standard);

        variants.Count.ShouldBe(3);
        variants.ShouldAllBe(v => v.Width == 200 && v.Height == 100);
    }

    [Fact]
    public void Sideways_phone_photos_come_out_upright()
    {
        var photo = MediaTestFiles.SidewaysJpeg(200, 100);

        _generator.Probe(new MemoryStream(photo)).ShouldBe(new ImageSize(100, 200));
        var thumb = _generator.Generate(new MemoryStream(photo), [new ImageVariantSpec("thumb", 320)]).Single();

        (thumb.Width, thumb.Height).ShouldBe((100, 200));
        using var decoded = SKBitmap.Decode(thumb.WebP);
        // Stored rotated a quarter turn anticlockwise, the red left half belongs at the top once turned back.
        var top = decoded.GetPixel(50, 30);
        var bottom = decoded.GetPixel(50, 170);
        top.Red.ShouldBeGreaterThan(top.Blue);
        bottom.Blue.ShouldBeGreaterThan(bottom.Red);
    }

    [Fact]
    public void Bytes_that_are_not_an_image_give_no_variants() =>
        _generator.Generate(new MemoryStream("not an image at all"u8.ToArray()), ImageVariantSpec.Standard).ShouldBeEmpty();

    [Fact]
    public void Images_too_large_to_decode_safely_get_no_variants()
    {
        var bomb = MediaTestFiles.HugePng(30_000, 30_000);

        _generator.Probe(new MemoryStream(bomb)).ShouldBe(new ImageSize(30_000, 30_000));
        _generator.Generate(new MemoryStream(bomb), ImageVariantSpec.Standard).ShouldBeEmpty();
    }
}
