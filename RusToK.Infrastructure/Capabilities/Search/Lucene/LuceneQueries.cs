using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// A search as one Lucene query, built from words and never parsed from what a reader typed. Every word must match in
/// some form (its language's stem, for the last word a beginning, as people type, and with <c>typos</c> a typo of it);
/// titles weigh more; the reader's language comes first. Every word term carries the tenant's prefix, so only the
/// tenant's postings are read; and the tenant, visibility and facets are required of every hit besides, without adding
/// to its score. They are checked only on the documents the words found (query first): led by the tenant's term
/// instead, a search would step through all of the tenant's documents, and the public term's through nearly all.
/// </summary>
public static class LuceneQueries
{
    // A typo of one letter in a word of four letters or more, two from eight: fewer would miss, more would match anything.
    private const int MinFuzzyLength = 4;
    private const int MinTwoEditsLength = 8;

    // The first letter is taken as typed (people rarely mistype it) and a typo stands for at most this many words.
    private const int FuzzyPrefixLength = 1;
    private const int MaxFuzzyExpansions = 10;

    /// <summary>
    /// The search; with <paramref name="typos"/> every word of four letters or more also matches its typos. Finding
    /// those costs several times the rest of a search (each is a walk of the tenant's words with an automaton), so
    /// the index asks for them only when the words as typed find nothing.
    /// </summary>
    public static Query Search(Analyzer analyzer, SearchQuery query, bool typos) =>
        new FilteredQuery(Words(analyzer, query, typos), new QueryWrapperFilter(Required(query)), FilteredQuery.QUERY_FIRST_FILTER_STRATEGY);

    /// <summary>Whether asking again with typos could find more: some word is long enough to have them.</summary>
    public static bool MayHaveTypos(SearchQuery query) => query.Words.Any(w => w.Length >= MinFuzzyLength);

    /// <summary>Only the tenant: for counting what it has in the index.</summary>
    public static Query Tenant(Guid tenantId) => new ConstantScoreQuery(TenantTerm(tenantId));

    private static BooleanQuery Words(Analyzer analyzer, SearchQuery query, bool typos)
    {
        var prefix = LuceneFields.TermPrefix(query.TenantId);
        var all = new BooleanQuery();
        for (var i = 0; i < query.Words.Count; i++) all.Add(Word(analyzer, prefix, query.Words[i], isLast: i == query.Words.Count - 1, typos), Occur.MUST);
        if (query.PreferredLanguage is { } language) all.Add(new TermQuery(new Term(SearchFields.Language, language)) { Boost = 2f }, Occur.SHOULD);
        return all;
    }

    // The tenant, what the asker may see and the facets asked for: all required, whatever the words.
    private static BooleanQuery Required(SearchQuery query)
    {
        var required = new BooleanQuery { { TenantTerm(query.TenantId), Occur.MUST }, { Visible(query), Occur.MUST } };
        foreach (var (field, value) in SearchFields.Narrowing(query))
        {
            if (value is not null) required.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }

        return required;
    }

    private static TermQuery TenantTerm(Guid tenantId) => new(new Term(SearchFields.Tenant, tenantId.ToString("N")));

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

    private static BooleanQuery Word(Analyzer analyzer, string prefix, string word, bool isLast, bool typos)
    {
        var forms = new BooleanQuery();
        foreach (var way in Languages(word))
        {
            foreach (var field in new[] { SearchFields.Title, SearchFields.Text })
            {
                foreach (var stem in LuceneAnalyzers.Terms(analyzer, field + way, word))
                {
                    forms.Add(new TermQuery(new Term(field + way, prefix + stem)) { Boost = field == SearchFields.Title ? 4f : 1f }, Occur.SHOULD);
                }
            }
        }

        foreach (var field in new[] { SearchFields.Title, SearchFields.Text })
        {
            var plain = new Term(field + LuceneFields.Plain, prefix + word);
            var boost = field == SearchFields.Title ? 2f : 0.5f;
            forms.Add(typos && word.Length >= MinFuzzyLength
                ? new FuzzyQuery(plain, word.Length >= MinTwoEditsLength ? 2 : 1, prefix.Length + FuzzyPrefixLength, MaxFuzzyExpansions, transpositions: true) { Boost = boost }
                : new TermQuery(plain) { Boost = boost }, Occur.SHOULD);
            if (isLast && word.Length >= 2) forms.Add(new PrefixQuery(plain) { Boost = boost }, Occur.SHOULD);
        }

        return forms;
    }

    // A word in Cyrillic letters is stemmed as Russian, any other as English: the other language's stemmer leaves a
    // word in a foreign script as it is, and that form is already matched through the plain words.
    private static string[] Languages(string word) => word.Any(IsCyrillic)
        ? word.All(c => IsCyrillic(c) || char.IsDigit(c)) ? [SearchFields.Russian] : [SearchFields.English, SearchFields.Russian]
        : [SearchFields.English];

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';
}
