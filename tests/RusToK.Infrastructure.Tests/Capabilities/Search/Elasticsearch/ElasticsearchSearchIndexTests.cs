using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Elasticsearch;

namespace RusToK.Infrastructure.Tests.Capabilities.Search.Elasticsearch;

/// <summary>
/// The Elasticsearch adapter against the contract, on the server <c>ELASTICSEARCH_URL</c> names (skipped without
/// one), under an alias of its own that is deleted with all its generations afterwards.
/// </summary>
public sealed class ElasticsearchSearchIndexTests : SearchIndexContract, IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable(ElasticsearchOptions.UrlVariable);
    private readonly ElasticsearchSearchIndex? _index;

    public ElasticsearchSearchIndexTests()
    {
        if (Server is not { Length: > 0 }) return;
        var options = new ElasticsearchOptions { Url = Server, IndexPrefix = "rustok-test-" + Guid.NewGuid().ToString("N"), RefreshOnWrite = true };
        _index = new ElasticsearchSearchIndex(ElasticsearchCalls.Create(options), options);
    }

    protected override ISearchIndex Index => _index ?? throw new InvalidOperationException(Unavailable);

    protected override string? Unavailable => _index is null ? $"{ElasticsearchOptions.UrlVariable} names no Elasticsearch server." : null;

    public void Dispose()
    {
        if (_index is null) return;
        _index.Indexes.DeleteAsync(_index.Indexes.GenerationsAsync(default).GetAwaiter().GetResult(), default).GetAwaiter().GetResult();
    }
}
