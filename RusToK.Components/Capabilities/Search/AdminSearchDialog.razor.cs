using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Capabilities.Search;

/// <summary>
/// Admin pages matched by their name in either language, then what the search index holds that this person may edit
/// (drafts included), each opening where it is edited. Enter opens the first line.
/// </summary>
public sealed partial class AdminSearchDialog
{
    private const string PagesGroup = "Admin pages";
    private const string ContentGroup = "Content you can edit";
    private const int MaxPages = 6;
    private const int MaxHits = 8;

    private string _text = "";
    private IReadOnlyList<AdminSearchResult> _results = [];
    private IReadOnlySet<string> _granted = new HashSet<string>();
    private bool _searching;
    private bool _unavailable;

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    [Inject] private SearchService Search { get; set; } = null!;

    [Inject] private SearchFacetNames FacetNames { get; set; } = null!;

    [Inject] private IEnumerable<ISearchDocumentSource> Sources { get; set; } = null!;

    [Inject] private ModuleCatalog Catalog { get; set; } = null!;

    [Inject] private IPermissionChecker Permissions { get; set; } = null!;

    [Inject] private ITenantContext Tenant { get; set; } = null!;

    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Inject] private IStringLocalizer<SearchStrings> L { get; set; } = null!;

    [Inject] private IStringLocalizer<SharedResource> Shared { get; set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null) _granted = await Permissions.GrantedAsync((await AuthState).User);
    }

    private async Task SearchAsync(string text)
    {
        _text = text;
        _searching = true;
        var words = text.Trim();
        var pages = AdminMenu.For(Catalog, Tenant.Current, _granted)
            .Where(e => Matches(Shared[e.Title], words) || Matches(e.Title, words))
            .Take(MaxPages)
            .Select(e => new AdminSearchResult(PagesGroup, Shared[e.Title], L["Admin page"], e.Href, IconMap.Of(e.Icon)))
            .ToList();
        _results = [.. pages, .. await ContentAsync(words)];
        _searching = false;
    }

    private async Task<IReadOnlyList<AdminSearchResult>> ContentAsync(string words)
    {
        _unavailable = false;
        if (words.Length < 2) return [];
        var found = await Search.SearchAsync(new SearchRequest(words, PageSize: MaxHits), _granted, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, editableOnly: true);
        if (!found.Succeeded || found.Value is not { } results)
        {
            _unavailable = found.Failure == Domain.Kernel.Results.FailureKind.Unavailable;
            return [];
        }

        var names = await FacetNames.OfAsync(results, []);
        var sources = Sources.ToDictionary(s => s.EntityType, StringComparer.Ordinal);
        return results.Hits
            .Select(h => new AdminSearchResult(ContentGroup, h.Title, L[names.Of(SearchFacets.Type, h.Type)],
                (sources.TryGetValue(h.Entity.Type, out var source) ? source.EditorPath(h.Entity.Id) : null) ?? h.Url, Icons.Material.Outlined.Description))
            .ToList();
    }

    private static bool Matches(string title, string words) => words.Length > 0 && title.Contains(words, StringComparison.CurrentCultureIgnoreCase);

    private void OpenFirst()
    {
        if (_results.Count == 0) return;
        Dialog.Close();
        Navigation.NavigateTo(_results[0].Path);
    }
}
