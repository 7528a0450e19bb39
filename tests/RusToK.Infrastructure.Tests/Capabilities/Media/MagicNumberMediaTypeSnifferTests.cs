using System.Text;
using RusToK.Domain.Capabilities.Media;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Testing;

namespace RusToK.Infrastructure.Tests.Capabilities.Media;

/// <summary>Uploads are judged by their bytes; anything that can run script in a browser is refused.</summary>
public sealed class MagicNumberMediaTypeSnifferTests
{
    private readonly MagicNumberMediaTypeSniffer _sniffer = new();

    public static TheoryData<string, byte[], string, string, MediaKind> Supported => new()
    {
        { "jpeg", TestImages.Jpeg(10, 10), "image/jpeg", "jpg", MediaKind.Image },
        { "png", TestImages.Png(10, 10), "image/png", "png", MediaKind.Image },
        { "gif", "GIF89a\u0001\0\u0001\0"u8.ToArray(), "image/gif", "gif", MediaKind.Image },
        { "webp", MediaTestFiles.WebP(10, 10), "image/webp", "webp", MediaKind.Image },
        { "pdf", "%PDF-1.7\n%âãÏÓ"u8.ToArray(), "application/pdf", "pdf", MediaKind.Document },
        { "mp4", MediaTestFiles.Mp4Head("isom"), "video/mp4", "mp4", MediaKind.Video },
        { "mp4 from a phone", MediaTestFiles.Mp4Head("mp42"), "video/mp4", "mp4", MediaKind.Video },
        { "mp3 with tags", "ID3\u0004\0\0\0\0\0\0"u8.ToArray(), "audio/mpeg", "mp3", MediaKind.Audio },
        { "mp3 without tags", [0xFF, 0xFB, 0x90, 0x64, 0x00], "audio/mpeg", "mp3", MediaKind.Audio },
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void Supported_types_are_recognised_by_their_signature(string kind, byte[] bytes, string contentType, string extension, MediaKind mediaKind) =>
        _sniffer.Sniff(bytes).ShouldBe(new SniffedMediaType(contentType, extension, mediaKind), kind);

    [Fact]
    public void Png_bytes_with_a_jpg_name_are_recognised_as_png()
    {
        // The sniffer never sees the name: "photo.jpg" holding PNG bytes is stored as what it is.
        var type = _sniffer.Sniff(TestImages.Png(10, 10));

        type.ShouldNotBeNull();
        type.ContentType.ShouldBe("image/png");
        type.Extension.ShouldBe("png");
    }

    [Theory]
    [InlineData("<html><script>alert(1)</script></html>")]
    [InlineData("<!DOCTYPE html><html></html>")]
    [InlineData("\uFEFF<html><body onload=alert(1)></body></html>")]
    public void A_file_that_starts_with_html_is_refused(string content) => _sniffer.Sniff(Encoding.UTF8.GetBytes(content)).ShouldBeNull();

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [InlineData("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    public void Svg_is_refused_because_it_can_carry_scripts(string content) => _sniffer.Sniff(Encoding.UTF8.GetBytes(content)).ShouldBeNull();

    [Theory]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01 })]
    [InlineData(new byte[] { 0x23, 0x21, 0x2F, 0x62, 0x69, 0x6E, 0x2F, 0x73, 0x68 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [InlineData(new byte[] { })]
    public void Executables_archives_scripts_and_empty_files_are_refused(byte[] bytes) => _sniffer.Sniff(bytes).ShouldBeNull();

    [Fact]
    public void Plain_text_is_refused() => _sniffer.Sniff("just some text"u8).ShouldBeNull();

    [Theory]
    [InlineData("heic")]
    [InlineData("mif1")]
    [InlineData("avif")]
    [InlineData("qt  ")]
    public void Heic_avif_and_quicktime_are_not_taken_for_mp4_video(string brand) => _sniffer.Sniff(MediaTestFiles.Mp4Head(brand)).ShouldBeNull();

    [Fact]
    public void Aac_streams_are_not_taken_for_mp3() => _sniffer.Sniff([0xFF, 0xF1, 0x50, 0x80, 0x00]).ShouldBeNull();

    [Fact]
    public void A_riff_file_that_is_not_webp_is_refused() => _sniffer.Sniff("RIFF\u0024\0\0\0WAVEfmt "u8).ShouldBeNull();
}
