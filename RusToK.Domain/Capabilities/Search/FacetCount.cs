namespace RusToK.Domain.Capabilities.Search;

/// <summary>A value of a facet (a type, tag, category or language) and how many found documents have it.</summary>
public sealed record FacetCount(string Value, long Count);
