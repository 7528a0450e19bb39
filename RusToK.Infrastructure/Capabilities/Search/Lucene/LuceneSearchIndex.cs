using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// The embedded search engine: one Lucene index in the data folder for every tenant (a tenant term on each document,
/// required by every query, and the tenant's prefix on every word, so a tenant's words have postings of their own), one writer, and searchers refreshed after each write so a saved document is found at once.
/// </summary>
public sealed class LuceneSearchIndex : ISearchIndex, IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly Analyzer _analyzer = LuceneAnalyzers.Create();
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;

    /// <summary>
    /// How documents are laid out (fields, analysis, the tenant's prefix on words). An index written with another
    /// layout finds nothing or the wrong things, so it is emptied on opening and every tenant's rebuild follows.
    /// </summary>
    public const string Layout = "2";

    private const string LayoutKey = "rustok.layout";

    public LuceneSearchIndex(string folder)
    {
        System.IO.Directory.CreateDirectory(folder);
        _directory = FSDirectory.Open(folder);
        WasReset = DirectoryReader.IndexExists(_directory) && LayoutOf(_directory) != Layout;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneAnalyzers.Version, _analyzer) { OpenMode = WasReset ? OpenMode.CREATE : OpenMode.CREATE_OR_APPEND });
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, searcherFactory: null);
        if (WasReset) _ = CommitAsync();
    }

    /// <summary>The index on disk had another layout and was emptied: every tenant's documents must be written again.</summary>
    public bool WasReset { get; }

    public Task UpsertAsync(IReadOnlyList<SearchEntry> entries, CancellationToken ct)
    {
        foreach (var entry in entries)
        {
            _writer.UpdateDocument(new Term(LuceneFields.Key, SearchFields.KeyOf(entry.TenantId, entry.Document.Entity.Type, entry.Document.Entity.Id)), LuceneDocuments.From(entry, _analyzer));
        }

        return CommitAsync();
    }

    public Task RemoveAsync(Guid tenantId, IReadOnlyList<EntityRef> entities, CancellationToken ct)
    {
        _writer.DeleteDocuments(entities.Select(e => new Term(LuceneFields.Key, SearchFields.KeyOf(tenantId, e.Type, e.Id))).ToArray());
        return CommitAsync();
    }

    public Task RemoveTenantAsync(Guid tenantId, CancellationToken ct)
    {
        _writer.DeleteDocuments(new Term(SearchFields.Tenant, tenantId.ToString("N")));
        return CommitAsync();
    }

    public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken ct)
    {
        if (query.Words.Count == 0) return Task.FromResult(SearchResults.Empty(query.Page, query.PageSize));
        return Task.FromResult(WithSearcher(searcher =>
        {
            // Typos are looked for only when the words as typed find nothing: a typo of a word a tenant has is rare,
            // and finding typos costs several times the rest of the search.
            var results = Find(searcher, query, typos: false);
            return results.Total == 0 && LuceneQueries.MayHaveTypos(query) ? Find(searcher, query, typos: true) : results;
        }));
    }

    public Task<IReadOnlyList<FacetCount>> CountAsync(Guid tenantId, CancellationToken ct) => Task.FromResult(WithSearcher(searcher =>
    {
        var facets = new FacetCollector();
        searcher.Search(LuceneQueries.Tenant(tenantId), facets);
        return facets.Facets()[SearchFacets.Type];
    }));

    private static string? LayoutOf(LuceneDirectory directory)
    {
        var commit = new SegmentInfos();
        commit.Read(directory);
        return commit.UserData.TryGetValue(LayoutKey, out var layout) ? layout : null;
    }

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private SearchResults Find(IndexSearcher searcher, SearchQuery query, bool typos)
    {
        var wanted = query.Skip + query.PageSize;
        ITopDocsCollector top = query.Sort == SearchSort.Newest
            ? TopFieldCollector.Create(new Sort(new SortField(SearchFields.Published, SortFieldType.INT64, reverse: true)), wanted, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
            : TopScoreDocCollector.Create(wanted, docsScoredInOrder: false);
        var facets = new FacetCollector();
        searcher.Search(LuceneQueries.Search(_analyzer, query, typos), MultiCollector.Wrap((ICollector)top, facets));
        var hits = top.GetTopDocs(query.Skip, query.PageSize).ScoreDocs.Select(d => Hit(searcher, d, query.Words)).ToList();
        return new SearchResults(hits, facets.Total, facets.Facets(), query.Page, query.PageSize);
    }

    private static SearchHit Hit(IndexSearcher searcher, ScoreDoc scored, IReadOnlyList<string> words)
    {
        var doc = searcher.Doc(scored.Doc);
        var published = doc.GetField(SearchFields.Published)?.GetInt64Value();
        return new SearchHit(
            new EntityRef(doc.Get(SearchFields.EntityType), Guid.Parse(doc.Get(SearchFields.EntityId))),
            doc.Get(SearchFields.Type), doc.Get(SearchFields.Language), doc.Get(SearchFields.Title), doc.Get(SearchFields.Url),
            SearchSnippet.Of(doc.Get(SearchFields.Text), words),
            published is { } ticks ? new DateTime(ticks, DateTimeKind.Utc) : null, float.IsNaN(scored.Score) ? 0 : scored.Score);
    }

    // Committed so a restart keeps it, refreshed so the next search sees it.
    private Task CommitAsync()
    {
        _writer.SetCommitData(new Dictionary<string, string> { [LayoutKey] = Layout });
        _writer.Commit();
        _searchers.MaybeRefreshBlocking();
        return Task.CompletedTask;
    }

    private T WithSearcher<T>(Func<IndexSearcher, T> read)
    {
        var searcher = _searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }
}
