namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// The names of the facet values a results page shows, asked of every module's source at once; a value no source
/// names is shown as stored (a language code, a tag without a record).
/// </summary>
public sealed class SearchFacetNames(IEnumerable<ISearchDocumentSource> sources)
{
    public async Task<SearchNameBook> OfAsync(SearchResults results, IEnumerable<string> alsoTypes, CancellationToken ct = default)
    {
        var names = new Dictionary<(string Facet, string Value), string>();
        foreach (var facet in SearchFacets.All)
        {
            var values = results.Facets.GetValueOrDefault(facet, []).Select(f => f.Value)
                .Concat(facet == SearchFacets.Type ? alsoTypes.Concat(results.Hits.Select(h => h.Type)) : []).ToHashSet(StringComparer.Ordinal);
            if (values.Count == 0) continue;
            foreach (var source in sources)
            {
                foreach (var (value, name) in await source.NamesAsync(facet, values, ct)) names.TryAdd((facet, value), name);
            }
        }

        return new SearchNameBook(names);
    }
}
