namespace RusToK.Domain.Capabilities.Search;

/// <summary>A page of hits, how many there are in all, and each facet's values over all of them (not only this page).</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, long Total, IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets, int Page, int PageSize)
{
    public static SearchResults Empty(int page, int pageSize) => new([], 0, new Dictionary<string, IReadOnlyList<FacetCount>>(), page, pageSize);

    public int TotalPages => (int)Math.Min(SearchQuery.MaxPage, (Total + PageSize - 1) / PageSize);
}
