using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Elasticsearch;
using RusToK.Infrastructure.Capabilities.Search.Lucene;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary><c>Search:Engine</c> picks the adapter: Lucene unless Elasticsearch is named, and nothing else.</summary>
public sealed class SearchEnginesTests
{
    [Fact]
    public void Lucene_is_the_default_and_elasticsearch_is_used_when_named()
    {
        var folder = Path.Combine(Path.GetTempPath(), "rustok-engines-" + Guid.NewGuid().ToString("N"));
        using (var lucene = Services(new() { ["Search:IndexFolder"] = folder }))
        {
            lucene.GetRequiredService<ISearchIndex>().ShouldBeOfType<LuceneSearchIndex>();
        }

        Directory.Delete(folder, recursive: true);
        using var elastic = Services(new() { ["Search:Engine"] = "Elasticsearch", ["Search:Elasticsearch:Url"] = "http://search.test:9200", ["Search:Elasticsearch:IndexPrefix"] = "site-a" });
        elastic.GetRequiredService<ISearchIndex>().ShouldBeOfType<ElasticsearchSearchIndex>().Indexes.Alias.ShouldBe("site-a");
    }

    [Fact]
    public void An_unknown_engine_stops_the_start()
    {
        Should.Throw<InvalidOperationException>(() => Services(new() { ["Search:Engine"] = "solr" })).Message.ShouldContain("solr");
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddSearchInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()).BuildServiceProvider();
}
