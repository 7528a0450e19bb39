namespace RusToK.Domain.Capabilities.Media;

/// <summary>What a file really is, judged by its first bytes rather than its name.</summary>
public sealed record SniffedMediaType(string ContentType, string Extension, MediaKind Kind);
