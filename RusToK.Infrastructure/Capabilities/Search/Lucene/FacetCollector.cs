using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Infrastructure.Capabilities.Search.Lucene;

/// <summary>
/// Counts every hit's facet values from doc values, segment by segment (ordinals are per segment, so each segment's
/// counts are turned into values before the next begins), and the hits themselves.
/// </summary>
public sealed class FacetCollector : ICollector
{
    private readonly Dictionary<string, Dictionary<string, long>> _counts = SearchFacets.All.ToDictionary(f => f, _ => new Dictionary<string, long>(StringComparer.Ordinal));
    private readonly List<(string Facet, SortedSetDocValues Values, long[] Counts)> _segment = [];

    public long Total { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        foreach (var facet in SearchFacets.All)
        {
            if (context.AtomicReader.GetSortedSetDocValues(LuceneFields.FacetOf(SearchFields.OfFacet(facet))) is { } values) _segment.Add((facet, values, new long[values.ValueCount]));
        }
    }

    public void Collect(int doc)
    {
        Total++;
        foreach (var (_, values, counts) in _segment)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) counts[ord]++;
        }
    }

    /// <summary>Each facet's values, the most frequent first, at most <see cref="SearchFacets.MaxValues"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets()
    {
        Flush();
        return _counts.ToDictionary(f => f.Key, f => (IReadOnlyList<FacetCount>)f.Value
            .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(SearchFacets.MaxValues)
            .Select(v => new FacetCount(v.Key, v.Value)).ToList());
    }

    private void Flush()
    {
        var bytes = new BytesRef();
        foreach (var (facet, values, counts) in _segment)
        {
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0) continue;
                values.LookupOrd(ord, bytes);
                var value = bytes.Utf8ToString();
                _counts[facet][value] = _counts[facet].GetValueOrDefault(value) + counts[ord];
            }
        }

        _segment.Clear();
    }
}
