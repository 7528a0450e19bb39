using System.Text;
using RusToK.Domain.Capabilities.Media;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Testing;
using SkiaSharp;

namespace RusToK.Infrastructure.Tests.Capabilities.Media;

public sealed class MediaAdapterTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("rustok-media-").FullName;
    private readonly MagicNumberMediaTypeSniffer _sniffer = new();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Files_are_judged_by_their_bytes_not_their_names()
    {
        _sniffer.Sniff(TestImages.Png(10, 10))!.ContentType.ShouldBe("image/png");
        _sniffer.Sniff(TestImages.Jpeg(10, 10))!.Extension.ShouldBe("jpg");
        _sniffer.Sniff("%PDF-1.7\n"u8)!.Kind.ShouldBe(MediaKind.Document);
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("MZ\u0090\0 executable")]
    [InlineData("just some text")]
    public void Scriptable_or_unknown_content_is_refused(string content) => _sniffer.Sniff(Encoding.UTF8.GetBytes(content)).ShouldBeNull();

    [Fact]
    public void Variants_are_webp_never_wider_than_asked_and_small_images_are_not_upscaled()
    {
        var generator = new SkiaImageVariantGenerator();
        generator.Probe(new MemoryStream(TestImages.Png(1600, 900))).ShouldBe(new ImageSize(1600, 900));

        var variants = generator.Generate(new MemoryStream(TestImages.Jpeg(1600, 900)), ImageVariantSpec.Standard);
        variants.Select(v => (v.Name, v.Width, v.Height)).ShouldBe([("thumb", 320, 180), ("medium", 768, 432), ("large", 1280, 720)]);
        variants.ShouldAllBe(v => _sniffer.Sniff(v.WebP)!.ContentType == "image/webp");
        using (var decoded = SKBitmap.Decode(variants[0].WebP)) decoded.Width.ShouldBe(320);

        var small = generator.Generate(new MemoryStream(TestImages.Png(200, 100)), ImageVariantSpec.Standard);
        small.ShouldAllBe(v => v.Width == 200 && v.Height == 100);
    }

    [Fact]
    public async Task Saved_files_read_back_identically_and_keys_cannot_climb_out_of_the_root()
    {
        var storage = new LocalFolderMediaStorage(_root);
        var bytes = TestImages.Png(20, 20);
        await storage.SaveAsync("t1/f1/original.png", new MemoryStream(bytes), CancellationToken.None);
        await using (var read = await storage.OpenReadAsync("t1/f1/original.png", CancellationToken.None))
        {
            using var copy = new MemoryStream();
            await read!.CopyToAsync(copy);
            copy.ToArray().ShouldBe(bytes);
        }

        await Should.ThrowAsync<ArgumentException>(() => storage.SaveAsync("../escape.txt", new MemoryStream(), CancellationToken.None));
        await Should.ThrowAsync<ArgumentException>(() => storage.OpenReadAsync("/etc/passwd", CancellationToken.None));
        await storage.DeletePrefixAsync("t1/f1/", CancellationToken.None);
        (await storage.OpenReadAsync("t1/f1/original.png", CancellationToken.None)).ShouldBeNull();
    }
}
