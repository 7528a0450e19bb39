using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// Searching the current site: the request checked, its words cleaned, the tenant and the asker's permissions put in by
/// the capability (never by the request), and an engine that fails answered as "unavailable for a moment".
/// </summary>
public sealed class SearchService(ISearchIndex index, ITenantContext tenant)
{
    public const int MaxFacetValueLength = 100;

    public async Task<OperationResult<SearchResults>> SearchAsync(
        SearchRequest request, IReadOnlyCollection<string> permissions, string? preferredLanguage, bool editableOnly = false, CancellationToken ct = default)
    {
        var v = new Validator()
            .Must(request.Page is >= 1 and <= SearchQuery.MaxPage, "page", $"Page must be between 1 and {SearchQuery.MaxPage}.")
            .Must(request.PageSize is >= 1 and <= SearchQuery.MaxPageSize, "pageSize", $"Page size must be between 1 and {SearchQuery.MaxPageSize}.");
        foreach (var (field, value) in new[] { ("type", request.Type), ("tag", request.Tag), ("category", request.Category), ("language", request.Language) })
        {
            v.MaxLength(field, value, MaxFacetValueLength, field);
        }

        if (!v.IsValid) return v.ToFailure<SearchResults>();
        if (tenant.Current is not { } site) return OperationResult.NotFound<SearchResults>("Search belongs to a site; none answers at this address.");

        var query = new SearchQuery(site.Id, SearchText.Words(request.Text), Facet(request.Type), Facet(request.Tag), Facet(request.Category), Facet(request.Language),
            preferredLanguage, [.. permissions], editableOnly, request.Page, request.PageSize, request.Sort);
        try
        {
            return OperationResult.Success(await index.SearchAsync(query, ct));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return OperationResult.Unavailable<SearchResults>("Search is unavailable for a moment. The rest of the site works; try again shortly.");
        }
    }

    // Facet values are stored as written by modules: slugs and type names, lower case.
    private static string? Facet(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();
}
