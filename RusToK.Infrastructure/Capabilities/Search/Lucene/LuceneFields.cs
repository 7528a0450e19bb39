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

    /// <summary>
    /// What every analysed word of a tenant's documents starts with (<see cref="TenantTermFilter"/>), and so every word
    /// term a query asks for: the tenant's id and a separator no analyser yields, always 33 characters.
    /// </summary>
    public static string TermPrefix(Guid tenantId) => tenantId.ToString("N") + "|";
}
