namespace RusToK.Domain.Capabilities.Media;

/// <summary>Recognises supported file types from their first bytes; null for anything else (scripts, HTML, SVG, executables).</summary>
public interface IMediaTypeSniffer
{
    SniffedMediaType? Sniff(ReadOnlySpan<byte> head);
}
