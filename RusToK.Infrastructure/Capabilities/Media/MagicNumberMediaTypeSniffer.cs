using RusToK.Domain.Capabilities.Media;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>
/// Judges files by their signature bytes only. SVG and HTML are refused on purpose: both can carry scripts
/// that would run on the site's own origin.
/// </summary>
public sealed class MagicNumberMediaTypeSniffer : IMediaTypeSniffer
{
    public SniffedMediaType? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return new("image/jpeg", "jpg", MediaKind.Image);
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return new("image/png", "png", MediaKind.Image);
        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8)) return new("image/gif", "gif", MediaKind.Image);
        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8)) return new("image/webp", "webp", MediaKind.Image);
        if (head.StartsWith("%PDF-"u8)) return new("application/pdf", "pdf", MediaKind.Document);
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8)) return new("video/mp4", "mp4", MediaKind.Video);
        if (head.StartsWith("ID3"u8) || (head.Length >= 2 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0)) return new("audio/mpeg", "mp3", MediaKind.Audio);
        return null;
    }
}
