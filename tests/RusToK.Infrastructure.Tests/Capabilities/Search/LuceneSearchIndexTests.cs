using RusToK.Domain.Capabilities.Search;
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
    }

    public void Dispose()
    {
        _index.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
