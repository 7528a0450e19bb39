using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// A search as Lucene queries, built from words and never parsed from what a reader typed. Every word must match in
/// some form (either language's stem, a typo of it, or for the last word a beginning, as people type); titles weigh
/// more; the reader's language comes first. The filter holds the tenant, visibility and facets, and is always applied.
/// </summary>
public static class LuceneQueries
{
    public static Query Words(Analyzer analyzer, SearchQuery query)
    {
        var all = new BooleanQuery();
        for (var i = 0; i < query.Words.Count; i++) all.Add(Word(analyzer, query.Words[i], isLast: i == query.Words.Count - 1), Occur.MUST);
        if (query.PreferredLanguage is { } language) all.Add(new TermQuery(new Term(SearchFields.Language, language)) { Boost = 2f }, Occur.SHOULD);
        return all;
    }

    public static Filter Filter(SearchQuery query)
    {
        var filter = new BooleanQuery { { new TermQuery(new Term(SearchFields.Tenant, query.TenantId.ToString("N"))), Occur.MUST } };
        filter.Add(Visible(query), Occur.MUST);
        foreach (var (field, value) in SearchFields.Narrowing(query))
        {
            if (value is not null) filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }

        return new QueryWrapperFilter(filter);
    }

    // Public documents unless only editable ones are asked for, and those the asker's permissions let them edit.
    private static BooleanQuery Visible(SearchQuery query)
    {
        var visible = new BooleanQuery();
        if (!query.EditableOnly) visible.Add(new TermQuery(new Term(SearchFields.Public, "1")), Occur.SHOULD);
        foreach (var permission in query.Permissions ?? []) visible.Add(new TermQuery(new Term(SearchFields.Editor, permission)), Occur.SHOULD);
        // No clause at all would match nothing anyway; one that never matches says so plainly.
        if (visible.Clauses.Count == 0) visible.Add(new TermQuery(new Term(SearchFields.Editor, "")), Occur.SHOULD);
        return visible;
    }

    /// <summary>Only the tenant: for counting what it has in the index.</summary>
    public static Filter Tenant(Guid tenantId) => new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Tenant, tenantId.ToString("N"))));

    private static BooleanQuery Word(Analyzer analyzer, string word, bool isLast)
    {
        var forms = new BooleanQuery();
        foreach (var (way, field) in new[] { (SearchFields.English, SearchFields.Title), (SearchFields.English, SearchFields.Text), (SearchFields.Russian, SearchFields.Title), (SearchFields.Russian, SearchFields.Text) })
        {
            foreach (var stem in LuceneAnalyzers.Terms(analyzer, field + way, word))
            {
                forms.Add(new TermQuery(new Term(field + way, stem)) { Boost = field == SearchFields.Title ? 4f : 1f }, Occur.SHOULD);
            }
        }

        foreach (var field in new[] { SearchFields.Title, SearchFields.Text })
        {
            var plain = new Term(field + LuceneFields.Plain, word);
            var boost = field == SearchFields.Title ? 2f : 0.5f;
            // One typo in a word of four letters or more, two from eight: fewer would miss, more would match anything.
            forms.Add(word.Length >= 4 ? new FuzzyQuery(plain, word.Length >= 8 ? 2 : 1, prefixLength: 1) { Boost = boost } : new TermQuery(plain) { Boost = boost }, Occur.SHOULD);
            if (isLast && word.Length >= 2) forms.Add(new PrefixQuery(plain) { Boost = boost }, Occur.SHOULD);
        }

        return forms;
    }
}
