using System.Text.Json.Nodes;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// A search as Elasticsearch query DSL, built from words and never handed a reader's text to parse (no
/// <c>query_string</c>). Every word must match in some form: either language's stem, a typo of it, or for the last
/// word a beginning; titles weigh more; the reader's language comes first. The tenant, visibility and facets sit in
/// <c>bool.filter</c>, beside the words and never inside them, so no word can widen what is searched.
/// </summary>
public static class ElasticsearchQueries
{
    /// <summary>The reader's language multiplies a document's score by this: enough to come first, as in Lucene.</summary>
    public const int PreferredLanguageWeight = 10;

    private static readonly string[] Shown = [SearchFields.EntityType, SearchFields.EntityId, SearchFields.Type, SearchFields.Language, SearchFields.Title, SearchFields.Text, SearchFields.Url, SearchFields.Published];

    public static JsonObject Search(SearchQuery query)
    {
        var body = new JsonObject
        {
            ["from"] = query.Skip,
            ["size"] = query.PageSize,
            ["track_total_hits"] = true,
            ["_source"] = Strings(Shown),
            ["query"] = new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray(Words(query)), ["filter"] = Filter(query) } },
            ["aggs"] = Facets(SearchFacets.All),
        };
        if (query.Sort == SearchSort.Newest)
        {
            body["sort"] = new JsonArray(new JsonObject { [SearchFields.Published] = new JsonObject { ["order"] = "desc" } });
            // Sorting by a field drops scores unless asked to keep them; hits carry theirs either way.
            body["track_scores"] = true;
        }

        return body;
    }

    /// <summary>How many documents of each type a tenant has: no hits, only the count.</summary>
    public static JsonObject Count(Guid tenantId) => new()
    {
        ["size"] = 0,
        ["query"] = new JsonObject { ["bool"] = new JsonObject { ["filter"] = new JsonArray(Tenant(tenantId)) } },
        ["aggs"] = Facets([SearchFacets.Type]),
    };

    /// <summary>Every document of a tenant, for removing them all.</summary>
    public static JsonObject TenantOnly(Guid tenantId) => new() { ["query"] = Tenant(tenantId) };

    public static JsonArray Filter(SearchQuery query)
    {
        var filter = new JsonArray(Tenant(query.TenantId), Visible(query));
        foreach (var (field, value) in SearchFields.Narrowing(query))
        {
            if (value is not null) filter.Add(Term(field, value));
        }

        return filter;
    }

    private static JsonObject Words(SearchQuery query)
    {
        var words = new JsonObject { ["bool"] = new JsonObject { ["must"] = new JsonArray([.. query.Words.Select((w, i) => Word(w, isLast: i == query.Words.Count - 1))]) } };
        if (query.PreferredLanguage is not { } language) return words;
        return new JsonObject
        {
            ["function_score"] = new JsonObject
            {
                ["query"] = words,
                ["functions"] = new JsonArray(new JsonObject { ["filter"] = Term(SearchFields.Language, language), ["weight"] = PreferredLanguageWeight }),
                ["boost_mode"] = "multiply",
            },
        };
    }

    // Public documents unless only editable ones are asked for, and those the asker's permissions let them edit.
    private static JsonObject Visible(SearchQuery query)
    {
        var visible = new JsonArray();
        if (!query.EditableOnly) visible.Add(new JsonObject { ["term"] = new JsonObject { [SearchFields.Public] = true } });
        if (query.Permissions is { Count: > 0 } permissions) visible.Add(new JsonObject { ["terms"] = new JsonObject { [SearchFields.Editor] = Strings(permissions) } });
        // Nothing the asker may see: say so plainly rather than send an empty clause whose meaning is easy to misread.
        if (visible.Count == 0) return new JsonObject { ["match_none"] = new JsonObject() };
        return new JsonObject { ["bool"] = new JsonObject { ["should"] = visible, ["minimum_should_match"] = 1 } };
    }

    private static JsonObject Word(string word, bool isLast)
    {
        // One typo in a word of four letters or more, two from eight (as Lucene); the first letter is never a typo.
        var forms = new JsonArray(new JsonObject
        {
            ["multi_match"] = new JsonObject
            {
                ["query"] = word,
                ["fields"] = Strings([$"{SearchFields.Title}{SearchFields.English}^4", $"{SearchFields.Title}{SearchFields.Russian}^4", $"{SearchFields.Text}{SearchFields.English}", $"{SearchFields.Text}{SearchFields.Russian}", $"{SearchFields.Title}^2", $"{SearchFields.Text}^0.5"]),
                ["fuzziness"] = "AUTO:4,8",
                ["prefix_length"] = 1,
            },
        });
        // The last word is often still being typed: its beginning counts (index_prefixes makes this cheap).
        if (isLast && word.Length >= 2)
        {
            forms.Add(Prefix(SearchFields.Title, word, 2));
            forms.Add(Prefix(SearchFields.Text, word, 0.5));
        }

        return new JsonObject { ["bool"] = new JsonObject { ["should"] = forms, ["minimum_should_match"] = 1 } };
    }

    // Most frequent first, ties by value, so both engines list a facet in the same order.
    private static JsonObject Facets(IEnumerable<string> facets) => new(facets.Select(f => KeyValuePair.Create(f, (JsonNode?)new JsonObject
    {
        ["terms"] = new JsonObject
        {
            ["field"] = SearchFields.OfFacet(f),
            ["size"] = SearchFacets.MaxValues,
            ["order"] = new JsonArray(new JsonObject { ["_count"] = "desc" }, new JsonObject { ["_key"] = "asc" }),
        },
    })));

    private static JsonObject Prefix(string field, string word, double boost) =>
        new() { ["prefix"] = new JsonObject { [field] = new JsonObject { ["value"] = word, ["boost"] = boost } } };

    private static JsonObject Tenant(Guid tenantId) => Term(SearchFields.Tenant, tenantId.ToString("N"));

    private static JsonObject Term(string field, string value) => new() { ["term"] = new JsonObject { [field] = value } };

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => JsonValue.Create(v))]);
}
