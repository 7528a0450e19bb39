using RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>The adapter wired to a <see cref="RecordingConnection"/>, under the alias <see cref="Alias"/>.</summary>
public sealed class RecordedElasticsearch
{
    public const string Alias = "test-search";

    public RecordedElasticsearch(Func<RecordedRequest, (int Status, string Body)>? answer = null, bool refreshOnWrite = false)
    {
        Connection = new RecordingConnection(answer);
        var options = new ElasticsearchOptions { Url = "http://search.test:9200", IndexPrefix = Alias, RefreshOnWrite = refreshOnWrite };
        Calls = ElasticsearchCalls.Create(options, Connection);
        Index = new ElasticsearchSearchIndex(Calls, options);
    }

    public RecordingConnection Connection { get; }

    public ElasticsearchCalls Calls { get; }

    public ElasticsearchSearchIndex Index { get; }

    /// <summary>The one request (after the alias check) whose path contains <paramref name="path"/>.</summary>
    public RecordedRequest Sent(string path) => Connection.Work.Single(r => r.Path.Contains(path, StringComparison.Ordinal));
}
