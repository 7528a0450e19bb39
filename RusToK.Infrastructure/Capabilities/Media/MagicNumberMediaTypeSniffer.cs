using RusToK.Domain.Capabilities.Media;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>
/// Judges files by their signature bytes only. SVG and HTML are refused on purpose: both can carry scripts
/// that would run on the site's own origin.
/// </summary>
public sealed class MagicNumberMediaTypeSniffer : IMediaTypeSniffer
{
    // Major brands of MP4 video. HEIC and AVIF images share the ftyp box, so a brand list keeps them from passing as video.
    private static readonly string[] Mp4Brands = ["isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "M4V ", "dash", "mmp4", "MSNV", "f4v "];

    public SniffedMediaType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return new("image/jpeg", "jpg", MediaKind.Image);
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new("image/png", "png", MediaKind.Image);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return new("image/gif", "gif", MediaKind.Image);
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return new("image/webp", "webp", MediaKind.Image);
        if (head.StartsWith("%PDF-"u8)) return new("application/pdf", "pdf", MediaKind.Document);
        if (IsMp4(head)) return new("video/mp4", "mp4", MediaKind.Video);
        if (head.StartsWith("ID3"u8) || IsMp3Frame(head)) return new("audio/mpeg", "mp3", MediaKind.Audio);
        return null;
    }

    private static bool IsMp4(ReadOnlySpan<byte> head)
    {
        if (head.Length < 12 || !head[4..8].SequenceEqual("ftyp"u8)) return false;
        Span<char> brand = stackalloc char[4];
        for (var i = 0; i < 4; i++) brand[i] = (char)head[8 + i];
        foreach (var known in Mp4Brands)
        {
            if (brand.SequenceEqual(known)) return true;
        }

        return false;
    }

    // A bare MPEG audio frame: 11 sync bits, then a valid version, layer III, and a real bitrate and sample rate.
    // Checking past the sync bits keeps AAC streams and random 0xFF-led bytes out.
    private static bool IsMp3Frame(ReadOnlySpan<byte> head) =>
        head.Length >= 3
        && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0
        && ((head[1] >> 3) & 0x03) != 0x01
        && ((head[1] >> 1) & 0x03) == 0x01
        && (head[2] >> 4) is not (0x0 or 0xF)
        && ((head[2] >> 2) & 0x03) != 0x03;
}
