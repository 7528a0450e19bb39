using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// Stemming in English and Russian and plain lower-cased words, chosen by the field's ending. A document is indexed
/// all three ways whatever its language, so a reader finds it with either language's word forms and with typos.
/// </summary>
public static class LuceneAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create() => new PerFieldAnalyzerWrapper(new StandardAnalyzer(Version, CharArraySet.Empty), new Dictionary<string, Analyzer>
    {
        [SearchFields.Title + SearchFields.English] = new EnglishAnalyzer(Version),
        [SearchFields.Text + SearchFields.English] = new EnglishAnalyzer(Version),
        [SearchFields.Title + SearchFields.Russian] = new RussianAnalyzer(Version),
        [SearchFields.Text + SearchFields.Russian] = new RussianAnalyzer(Version),
    });

    /// <summary>The terms a word becomes in a field (none when it is a stop word there).</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string field, string word)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
