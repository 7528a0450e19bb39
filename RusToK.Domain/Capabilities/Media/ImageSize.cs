namespace RusToK.Domain.Capabilities.Media;

public sealed record ImageSize(int Width, int Height);
