namespace RusToK.Domain.Capabilities.Media;

/// <summary>A library file with how many entities use it.</summary>
public sealed record MediaSummary(MediaFile File, int UsageCount);
