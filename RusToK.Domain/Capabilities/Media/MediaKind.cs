namespace RusToK.Domain.Capabilities.Media;

/// <summary>The broad kind of a library file; only images get variants.</summary>
public enum MediaKind
{
    Image = 0,
    Document = 1,
    Video = 2,
    Audio = 3,
}
