namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// The Lucene-only field names; the rest are <see cref="SearchFields"/>. Titles and texts are indexed a third way,
/// as plain words (typos, prefixes), and a key field lets an update replace a document.
/// </summary>
public static class LuceneFields
{
    public const string Key = "key";
    public const string Plain = ".plain";

    /// <summary>The facets' doc-values fields, counted over every hit.</summary>
    public static string FacetOf(string field) => "facet." + field;
}
