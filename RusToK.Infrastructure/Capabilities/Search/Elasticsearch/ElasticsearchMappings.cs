using System.Text.Json.Nodes;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// Each generation's settings and mappings. Strict, so a document with a field nobody mapped is refused rather than
/// guessed; filters and facets are keywords; titles and texts are plain words (typos, beginnings through
/// <c>index_prefixes</c>) with English and Russian stems beside them, as the Lucene adapter indexes them.
/// </summary>
public static class ElasticsearchMappings
{
    public static JsonObject Index() => new()
    {
        ["settings"] = new JsonObject { ["number_of_shards"] = 1 },
        ["mappings"] = new JsonObject
        {
            ["dynamic"] = "strict",
            ["properties"] = Properties(),
        },
    };

    private static JsonObject Properties()
    {
        var properties = new JsonObject();
        foreach (var keyword in new[] { SearchFields.Tenant, SearchFields.EntityType, SearchFields.EntityId, SearchFields.Type, SearchFields.Language, SearchFields.Tag, SearchFields.Category, SearchFields.Editor }) properties[keyword] = Of("keyword");
        properties[SearchFields.Url] = new JsonObject { ["type"] = "keyword", ["index"] = false };
        properties[SearchFields.Public] = Of("boolean");
        properties[SearchFields.Published] = Of("date");
        properties[ElasticsearchDocuments.Updated] = Of("date");
        properties[SearchFields.Title] = Words();
        properties[SearchFields.Text] = Words();
        return properties;
    }

    // The standard analyser keeps every word (no stop words), so short words and typos still match the plain field.
    private static JsonObject Words() => new()
    {
        ["type"] = "text",
        ["analyzer"] = "standard",
        ["index_prefixes"] = new JsonObject { ["min_chars"] = 2, ["max_chars"] = 10 },
        ["fields"] = new JsonObject
        {
            [SearchFields.English[1..]] = new JsonObject { ["type"] = "text", ["analyzer"] = "english" },
            [SearchFields.Russian[1..]] = new JsonObject { ["type"] = "text", ["analyzer"] = "russian" },
        },
    };

    private static JsonObject Of(string type) => new() { ["type"] = type };
}
