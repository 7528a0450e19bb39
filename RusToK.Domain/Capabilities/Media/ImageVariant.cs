namespace RusToK.Domain.Capabilities.Media;

/// <summary>A produced variant: WebP bytes and their size.</summary>
public sealed record ImageVariant(string Name, int Width, int Height, byte[] WebP);
