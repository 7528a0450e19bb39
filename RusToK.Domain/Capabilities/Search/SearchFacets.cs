namespace RusToK.Domain.Capabilities.Search;

/// <summary>The facets every engine counts, by the names the API and the results page use.</summary>
public static class SearchFacets
{
    public const string Type = "type";
    public const string Tag = "tag";
    public const string Category = "category";
    public const string Language = "language";

    public static IReadOnlyList<string> All { get; } = [Type, Tag, Category, Language];

    /// <summary>At most this many values of one facet come back, the most frequent first.</summary>
    public const int MaxValues = 20;
}
