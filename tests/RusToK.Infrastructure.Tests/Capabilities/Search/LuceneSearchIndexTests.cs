using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Lucene;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>The embedded engine against the contract, in a folder of its own; and what it keeps across a restart.</summary>
public sealed class LuceneSearchIndexTests : SearchIndexContract, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "rustok-search-" + Guid.NewGuid().ToString("N"));
    private LuceneSearchIndex _index;

    public LuceneSearchIndexTests() => _index = new LuceneSearchIndex(_folder);

    protected override ISearchIndex Index => _index;

    [Fact]
    public async Task Documents_are_still_found_after_the_engine_restarts()
    {
        await Index.UpsertAsync([new SearchEntry(Alpha, new SearchDocument(new("content", Guid.NewGuid()), "post", "en", "Kept across restarts", "Durable words.", [], [], "blog/kept", true, DateTime.UtcNow, DateTime.UtcNow))], default);
        _index.Dispose();
        _index = new LuceneSearchIndex(_folder);
        (await TitlesAsync(Alpha, "durable")).ShouldBe(["Kept across restarts"]);
        _index.WasReset.ShouldBeFalse();
    }

    [Fact]
    public async Task An_index_written_with_another_layout_is_emptied_on_opening_and_says_so()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
        // An index as an older version left it: documents, but no layout in its commit.
        using (var old = new Lucene.Net.Index.IndexWriter(Lucene.Net.Store.FSDirectory.Open(_folder),
            new Lucene.Net.Index.IndexWriterConfig(LuceneAnalyzers.Version, new Lucene.Net.Analysis.Core.KeywordAnalyzer())))
        {
            old.AddDocument([new Lucene.Net.Documents.StringField(SearchFields.Tenant, Alpha.ToString("N"), Lucene.Net.Documents.Field.Store.YES)]);
            old.Commit();
        }

        _index = new LuceneSearchIndex(_folder);

        _index.WasReset.ShouldBeTrue();
        (await _index.CountAsync(Alpha, default)).ShouldBeEmpty();
        _index.Dispose();
        _index = new LuceneSearchIndex(_folder);
        _index.WasReset.ShouldBeFalse("the emptied index carries the current layout");
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
