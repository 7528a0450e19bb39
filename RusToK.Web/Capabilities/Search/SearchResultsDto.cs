using RusToK.Domain.Capabilities.Search;

namespace RusToK.Web.Capabilities.Search;

public sealed record SearchResultsDto(IReadOnlyList<SearchHitDto> Items, long TotalCount, int PageNumber, int PageSize, int TotalPages, IReadOnlyList<FacetDto> Facets)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static SearchResultsDto From(SearchResults r) => new(
        r.Hits.Select(SearchHitDto.From).ToList(), r.Total, r.Page, r.PageSize, r.TotalPages,
        SearchFacets.All.Select(f => new FacetDto(f, r.Facets.GetValueOrDefault(f) ?? [])).ToList());
}
