namespace RusToK.Domain.Capabilities.Media;

/// <summary>A resized copy to produce: its name and the widest it may be.</summary>
public sealed record ImageVariantSpec(string Name, int MaxWidth)
{
    /// <summary>Thumbnails for lists, and two responsive sizes for pages.</summary>
    public static IReadOnlyList<ImageVariantSpec> Standard { get; } = [new("thumb", 320), new("medium", 768), new("large", 1280)];
}
