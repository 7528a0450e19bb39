using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// Bulk bodies (NDJSON: an action line, then the source for an index action, each line ended) and the check of a
/// bulk response, which succeeds as a whole even when items fail: <c>errors: true</c> is a failure here.
/// </summary>
public static class ElasticsearchBulk
{
    public static string Upserts(IEnumerable<SearchEntry> entries) => Lines(entries.SelectMany(e => new[]
    {
        Action("index", ElasticsearchDocuments.IdOf(e.TenantId, e.Document.Entity.Type, e.Document.Entity.Id)),
        ElasticsearchDocuments.From(e),
    }));

    public static string Removals(Guid tenantId, IEnumerable<EntityRef> entities) =>
        Lines(entities.Select(e => Action("delete", ElasticsearchDocuments.IdOf(tenantId, e.Type, e.Id))));

    /// <summary>Throws with the first failed item's reason when the response says some items failed.</summary>
    public static void Check(string response)
    {
        using var doc = JsonDocument.Parse(response);
        if (!doc.RootElement.TryGetProperty("errors", out var errors) || !errors.GetBoolean()) return;
        var failed = doc.RootElement.GetProperty("items").EnumerateArray()
            .Select(i => i.EnumerateObject().First().Value)
            .FirstOrDefault(i => i.TryGetProperty("error", out _));
        var reason = failed.ValueKind == JsonValueKind.Object ? $"{failed.GetProperty("_id")}: {failed.GetProperty("error")}" : "no item says why";
        throw new ElasticsearchFailure($"Elasticsearch refused part of a bulk write ({reason}).");
    }

    private static JsonObject Action(string action, string id) => new() { [action] = new JsonObject { ["_id"] = id } };

    private static string Lines(IEnumerable<JsonObject> lines)
    {
        var ndjson = new StringBuilder();
        foreach (var line in lines) ndjson.Append(line.ToJsonString()).Append('\n');
        return ndjson.ToString();
    }
}
