namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// The names of the facet values a results page shows (those counted and those the search is narrowed to, which
/// a search with no hits counts none of), asked of every module's source at once; a value no source names is shown
/// as stored (a language code, a tag without a record).
/// </summary>
public sealed class SearchFacetNames(IEnumerable<ISearchDocumentSource> sources)
{
    public async Task<SearchNameBook> OfAsync(SearchResults results, IEnumerable<(string Facet, string Value)> chosen, CancellationToken ct = default)
    {
        var names = new Dictionary<(string Facet, string Value), string>();
        foreach (var facet in SearchFacets.All)
        {
            var values = results.Facets.GetValueOrDefault(facet, []).Select(f => f.Value)
                .Concat(chosen.Where(c => c.Facet == facet).Select(c => c.Value)).ToHashSet(StringComparer.Ordinal);
            if (values.Count == 0) continue;
            foreach (var source in sources)
            {
                foreach (var (value, name) in await source.NamesAsync(facet, values, ct)) names.TryAdd((facet, value), name);
            }
        }

        return new SearchNameBook(names);
    }
}
