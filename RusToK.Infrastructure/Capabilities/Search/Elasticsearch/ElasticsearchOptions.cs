namespace RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

/// <summary>
/// The <c>Search:Elasticsearch</c> section. Without a <see cref="Url"/>, the <c>ELASTICSEARCH_URL</c> environment
/// variable names the server (containers and CI set it). An API key wins over a user name and password.
/// </summary>
public sealed class ElasticsearchOptions
{
    public const string Section = "Search:Elasticsearch";
    public const string UrlVariable = "ELASTICSEARCH_URL";

    public string? Url { get; set; }

    /// <summary>The alias every read and write goes through; its generations are <c>{prefix}-000001</c>, <c>-000002</c>…</summary>
    public string IndexPrefix { get; set; } = "rustok-search";

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The key as Elasticsearch encodes it (base64 of <c>id:key</c>).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Makes each write visible to the next search at once: for tests; production lets the index refresh itself.</summary>
    public bool RefreshOnWrite { get; set; }

    public Uri ServerUri() => (Url is { Length: > 0 } url ? url : Environment.GetEnvironmentVariable(UrlVariable)) is { Length: > 0 } found
        ? new Uri(found)
        : throw new InvalidOperationException($"Search:Engine is elasticsearch but neither {Section}:Url nor {UrlVariable} names a server.");
}
