using System.Text.Json.Nodes;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>A search entry as an Elasticsearch source document, under the id one tenant's entity always has.</summary>
public static class ElasticsearchDocuments
{
    /// <summary>When the document last changed (sorting uses <see cref="SearchFields.Published"/>, which falls back to it).</summary>
    public const string Updated = "updated";

    public static string IdOf(Guid tenantId, string entityType, Guid entityId) => SearchFields.KeyOf(tenantId, entityType, entityId);

    public static JsonObject From(SearchEntry entry)
    {
        var d = entry.Document;
        var source = new JsonObject
        {
            [SearchFields.Tenant] = entry.TenantId.ToString("N"),
            [SearchFields.EntityType] = d.Entity.Type,
            [SearchFields.EntityId] = d.Entity.Id.ToString("N"),
            [SearchFields.Type] = d.Type,
            [SearchFields.Language] = d.Language,
            [SearchFields.Tag] = Values(d.Tags),
            [SearchFields.Category] = Values(d.Categories),
            [SearchFields.Public] = d.IsPublic,
            [SearchFields.Title] = d.Title,
            [SearchFields.Text] = d.Text.Length > SearchFields.MaxStoredText ? d.Text[..SearchFields.MaxStoredText] : d.Text,
            [SearchFields.Url] = d.Url,
            [SearchFields.Published] = Utc(d.PublishedAt ?? d.UpdatedAt),
            [Updated] = Utc(d.UpdatedAt),
        };
        if (d.EditorPermission is { } permission) source[SearchFields.Editor] = permission;
        return source;
    }

    private static JsonArray Values(IEnumerable<string> values) => new([.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct().Select(v => JsonValue.Create(v))]);

    // Dates are stored in UTC whatever kind they came with, so "newest" compares like with like.
    private static string Utc(DateTime at) => DateTime.SpecifyKind(at.Kind == DateTimeKind.Local ? at.ToUniversalTime() : at, DateTimeKind.Utc).ToString("O");
}
