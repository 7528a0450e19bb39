namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>The index's field names. Titles and texts are indexed three ways: English stems, Russian stems, plain words (typos, prefixes).</summary>
public static class LuceneFields
{
    public const string Key = "key";
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
    public const string Plain = ".plain";

    /// <summary>The facets' doc-values fields, counted over every hit.</summary>
    public static string FacetOf(string field) => "facet." + field;

    /// <summary>One document per tenant and entity: what an update replaces and a removal deletes.</summary>
    public static string KeyOf(Guid tenantId, string entityType, Guid entityId) => $"{tenantId:N}|{entityType}|{entityId:N}";
}
