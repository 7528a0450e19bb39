using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Capabilities.Search;

public sealed partial class SearchPage
{
    [Inject] private SearchService Search { get; set; } = default!;

    [Inject] private SearchFacetNames FacetNames { get; set; } = default!;

    [Inject] private IPermissionChecker Permissions { get; set; } = default!;

    [Inject] private ITenantContext TenantContext { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? Authentication { get; set; }

    // Every parameter is read as text: Blazor answers "?page=abc" with a 500 when the property is a number.
    [SupplyParameterFromQuery(Name = "q")] public string? Q { get; set; }

    [SupplyParameterFromQuery(Name = "type")] public string? Type { get; set; }

    [SupplyParameterFromQuery(Name = "tag")] public string? Tag { get; set; }

    [SupplyParameterFromQuery(Name = "category")] public string? Category { get; set; }

    [SupplyParameterFromQuery(Name = "language")] public string? Language { get; set; }

    [SupplyParameterFromQuery(Name = "sort")] public string? Sort { get; set; }

    [SupplyParameterFromQuery(Name = "page")] public string? PageInAddress { get; set; }

    private SearchAddress Address { get; set; } = new(null, null, null, null, null, null);

    private bool HasWords => SearchText.Words(Address.Q).Count > 0;

    private string Heading => HasWords ? L["Search: {0}", Address.Q!] : L["Search"];

    private SearchResults? _results;
    private SearchNameBook? _names;
    private string? _failure;

    protected override async Task OnInitializedAsync()
    {
        Address = new(Blank(Q), Blank(Type), Blank(Tag), Blank(Category), Blank(Language), Blank(Sort));
        if (!HasWords) return;
        var page = PageNumber.Parse(PageInAddress) ?? 0; // not a page number: the capability says which pages there are
        var user = Authentication is null ? null : (await Authentication).User;
        var granted = user?.Identity?.IsAuthenticated == true ? await Permissions.GrantedAsync(user) : new HashSet<string>();
        var result = await Search.SearchAsync(Address.ToRequest(page), granted, ReaderLanguage.Current);
        if (!result.Succeeded)
        {
            _failure = result.Errors.Values.SelectMany(m => m).FirstOrDefault() ?? result.Message ?? "";
            return;
        }

        _results = result.Value;
        _names = await FacetNames.OfAsync(_results!, Address.Chosen());
    }

    private string Summary(SearchResults results) => results.Total switch
    {
        0 => L["No results"],
        1 => L["1 result for “{0}”", Address.Q ?? ""],
        _ => L["{0} results for “{1}”", results.Total.ToString("N0", CultureInfo.CurrentCulture), Address.Q ?? ""],
    };

    private static long TotalOf(SearchResults results, string type) =>
        results.Facets.GetValueOrDefault(SearchFacets.Type, []).FirstOrDefault(f => f.Value == type)?.Count ?? 0;

    // "All 12 posts": offered when more of a type were found than this page shows and the search is not narrowed to it yet.
    private string? MoreHref(SearchResults results, string type, int shown) =>
        Address.Type is null && TotalOf(results, type) > shown ? Address.With(SearchFacets.Type, type).Href : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
