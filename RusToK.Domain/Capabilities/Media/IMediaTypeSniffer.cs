namespace RusToK.Domain.Capabilities.Media;

/// <summary>Recognises supported file types from their first bytes; null for anything else (scripts, HTML, SVG, executables).</summary>
public interface IMediaTypeSniffer
{
    /// <summary>The type the leading bytes (64 are enough) prove, or null when they prove no supported type.</summary>
    SniffedMediaType? Sniff(ReadOnlySpan<byte> head);
}
