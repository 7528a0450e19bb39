namespace RusToK.Domain.Capabilities.Tags;

/// <summary>A tag with how many entities carry it.</summary>
public sealed record TagSummary(Guid Id, string Name, string Slug, int Count);
