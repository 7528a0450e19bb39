using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Search;

/// <summary>
/// Search over the site (REST <c>/search</c>, GraphQL <c>search</c>): public documents for anyone, and what the caller
/// may edit besides; the request's language is read first.
/// </summary>
public static class SearchOperations
{
    private static readonly OperationSet Ops = new("Search");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<SearchInput, SearchResultsDto>("search", "/search", OperationPermission.Public,
            "Full-text search with typos forgiven, in English and Russian: hits with marked snippets, facets by type, tag, category and language", SearchAsync),
    ];

    private static async Task<OperationResult<SearchResultsDto>> SearchAsync(SearchInput input, OperationContext c)
    {
        var permissions = c.User.Identity?.IsAuthenticated == true ? await c.Get<IPermissionChecker>().GrantedAsync(c.User, c.CancellationToken) : new HashSet<string>();
        var result = await c.Get<SearchService>().SearchAsync(input.ToRequest(), permissions, ReaderLanguage.Current, input.Editable == true, c.CancellationToken);
        return result.Map(SearchResultsDto.From);
    }
}
