using Microsoft.Extensions.Configuration;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// <c>Search:Engine</c>: the embedded Lucene index (default, one process) or an Elasticsearch server (several nodes,
/// large sites). An unknown name stops the start rather than silently searching with the other engine.
/// </summary>
public static class SearchEngines
{
    public const string Setting = "Search:Engine";
    public const string Lucene = "lucene";
    public const string Elasticsearch = "elasticsearch";

    public static string Of(IConfiguration configuration) => configuration[Setting]?.Trim().ToLowerInvariant() switch
    {
        null or "" or Lucene => Lucene,
        Elasticsearch => Elasticsearch,
        var other => throw new InvalidOperationException($"{Setting} is '{other}'; it must be '{Lucene}' or '{Elasticsearch}'."),
    };
}
