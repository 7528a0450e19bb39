namespace RusToK.Domain.Capabilities.Media;

/// <summary>An image's upright size in pixels (EXIF orientation applied).</summary>
public sealed record ImageSize(int Width, int Height);
