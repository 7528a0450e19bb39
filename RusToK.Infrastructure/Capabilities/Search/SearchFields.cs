using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// The field names every engine adapter stores, so Lucene and Elasticsearch documents read alike. Titles and texts are
/// also analysed as English stems (<see cref="English"/>) and Russian stems (<see cref="Russian"/>).
/// </summary>
public static class SearchFields
{
    public const string Tenant = "tenant";
    public const string EntityType = "entity_type";
    public const string EntityId = "entity_id";
    public const string Type = "type";
    public const string Language = "lang";
    public const string Tag = "tag";
    public const string Category = "category";
    public const string Public = "public";
    public const string Editor = "editor";
    public const string Title = "title";
    public const string Text = "text";
    public const string Url = "url";
    public const string Published = "published";

    public const string English = ".en";
    public const string Russian = ".ru";

    // Enough for a snippet and for finding any word of a long article; the rest adds size, not findability.
    public const int MaxStoredText = 20_000;

    /// <summary>One document per tenant and entity: what an update replaces and a removal deletes.</summary>
    public static string KeyOf(Guid tenantId, string entityType, Guid entityId) => $"{tenantId:N}|{entityType}|{entityId:N}";

    /// <summary>The field a facet (by its <see cref="SearchFacets"/> name) is counted from.</summary>
    public static string OfFacet(string facet) => facet switch
    {
        SearchFacets.Type => Type,
        SearchFacets.Tag => Tag,
        SearchFacets.Category => Category,
        _ => Language,
    };

    /// <summary>The facets a query narrows to, as fields and the value asked for (null: not narrowed).</summary>
    public static IReadOnlyList<(string Field, string? Value)> Narrowing(SearchQuery query) =>
        [(Type, query.Type), (Tag, query.Tag), (Category, query.Category), (Language, query.Language)];
}
