using System.Globalization;
using System.Text.Json.Nodes;
using HttpMethod = Elasticsearch.Net.HttpMethod;

namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// The index's generations behind one alias: readers and writers only ever name the alias <c>{prefix}</c>, which
/// points at one concrete index <c>{prefix}-000001</c>, <c>-000002</c>… A full rebuild fills the next generation
/// while the current one keeps serving, then <see cref="SwapAsync"/> moves the alias in one atomic step.
/// </summary>
public sealed class ElasticsearchIndexes(ElasticsearchCalls calls, string prefix)
{
    public string Alias => prefix;

    public string Generation(int number) => $"{prefix}-{number.ToString("D6", CultureInfo.InvariantCulture)}";

    /// <summary>Creates the first generation with the alias on it, unless the alias exists (or another node just made it).</summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        if ((await calls.SendAsync(HttpMethod.HEAD, $"/_alias/{prefix}", null, ct, 404)).HttpStatusCode == 200) return;
        var body = ElasticsearchMappings.Index();
        body["aliases"] = new JsonObject { [prefix] = new JsonObject() };
        var created = await calls.SendAsync(HttpMethod.PUT, $"/{Generation(1)}", body.ToJsonString(), ct, 400);
        if (created.HttpStatusCode == 400 && created.Body?.Contains("resource_already_exists_exception", StringComparison.Ordinal) != true)
        {
            throw new ElasticsearchFailure($"Elasticsearch refused to create {Generation(1)}: {created.Body}");
        }
    }

    /// <summary>Creates the generation after the newest one, empty and not yet behind the alias; returns its name.</summary>
    public async Task<string> CreateNextAsync(CancellationToken ct)
    {
        var next = Generation((await GenerationsAsync(ct)).Select(Number).DefaultIfEmpty(0).Max() + 1);
        await calls.SendAsync(HttpMethod.PUT, $"/{next}", ElasticsearchMappings.Index().ToJsonString(), ct);
        return next;
    }

    /// <summary>Points the alias at <paramref name="generation"/> only, in one request, so no search finds no index.</summary>
    public async Task SwapAsync(string generation, CancellationToken ct)
    {
        var actions = new JsonArray();
        foreach (var current in await BehindAliasAsync(ct)) actions.Add(new JsonObject { ["remove"] = new JsonObject { ["index"] = current, ["alias"] = prefix } });
        actions.Add(new JsonObject { ["add"] = new JsonObject { ["index"] = generation, ["alias"] = prefix } });
        await calls.SendAsync(HttpMethod.POST, "/_aliases", new JsonObject { ["actions"] = actions }.ToJsonString(), ct);
    }

    /// <summary>Every generation there is, behind the alias or not.</summary>
    public async Task<IReadOnlyList<string>> GenerationsAsync(CancellationToken ct)
    {
        using var doc = await calls.JsonAsync(HttpMethod.GET, $"/{prefix}-*/_alias", null, ct);
        return [.. doc.RootElement.EnumerateObject().Select(i => i.Name).Where(n => Number(n) > 0).Order(StringComparer.Ordinal)];
    }

    /// <summary>Deletes generations by name (never by wildcard, which servers may refuse): old ones after a swap.</summary>
    public async Task DeleteAsync(IReadOnlyList<string> generations, CancellationToken ct)
    {
        if (generations.Count > 0) await calls.SendAsync(HttpMethod.DELETE, "/" + string.Join(',', generations), null, ct, 404);
    }

    private async Task<IReadOnlyList<string>> BehindAliasAsync(CancellationToken ct)
    {
        var response = await calls.SendAsync(HttpMethod.GET, $"/_alias/{prefix}", null, ct, 404);
        if (response.HttpStatusCode == 404) return [];
        using var doc = System.Text.Json.JsonDocument.Parse(response.Body);
        return [.. doc.RootElement.EnumerateObject().Select(i => i.Name)];
    }

    // The generation's number from its name's suffix; 0 for an index that only shares the prefix.
    private int Number(string index) =>
        index.Length == prefix.Length + 7 && int.TryParse(index.AsSpan(prefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
}
