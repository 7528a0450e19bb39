namespace RusToK.Domain.Capabilities.Media;

public enum MediaKind
{
    Image = 0,
    Document = 1,
    Video = 2,
    Audio = 3,
}
