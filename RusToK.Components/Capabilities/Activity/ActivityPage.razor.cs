using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using RusToK.Domain.Capabilities.Activity;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Components.Capabilities.Activity;

public sealed partial class ActivityPage
{
    public const int Size = 25;

    [Inject] private ActivityFeed Feed { get; set; } = default!;

    [Inject] private IPermissionChecker Permissions { get; set; } = default!;

    [Inject] private ModuleCatalog Catalog { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] private IStringLocalizer<ActivityStrings> L { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "module")] public string? Module { get; set; }

    // Read as text: an address someone typed or cut short (?page=abc, ?person=nobody) shows the whole feed, never an error.
    [SupplyParameterFromQuery(Name = "person")] public string? PersonInAddress { get; set; }

    [SupplyParameterFromQuery(Name = "page")] public string? PageInAddress { get; set; }

    private Guid? Person => Guid.TryParse(PersonInAddress, out var person) ? person : null;

    private IReadOnlySet<string> _granted = new HashSet<string>();
    private ActivityFacets? _facets;
    private Page<ActivityItem>? _page;

    private bool Filtered => !string.IsNullOrEmpty(Module) || Person is not null;

    protected override async Task OnInitializedAsync()
    {
        _granted = await Permissions.GrantedAsync((await AuthState).User);
        _facets = await Feed.FacetsAsync(_granted);
    }

    // A filter or page change reads the page only; the filters' choices change only when something new happens.
    protected override Task OnParametersSetAsync() => LoadPageAsync();

    private async Task LoadPageAsync() =>
        _page = await Feed.ListAsync(new ActivityFilter(Module, Person), new PageRequest(Kernel.Shared.PageNumber.Parse(PageInAddress) ?? 1, Size), _granted);

    // Live: a new entry while the page is open shows at once, and a new person or module joins the filters.
    private async Task LoadAsync()
    {
        await LoadPageAsync();
        _facets = await Feed.FacetsAsync(_granted);
    }

    private string ModuleName(string module) => L[Catalog.Find(module)?.DisplayName ?? module];

    private string PersonName(Guid? id) =>
        id is { } person ? _facets?.People.FirstOrDefault(p => p.UserId == person)?.DisplayName ?? "" : L["Everyone"];

    private Task ModuleChangedAsync(string module) => GoAsync(module.Length == 0 ? null : module, Person, null);

    private Task PersonChangedAsync(Guid? person) => GoAsync(Module, person, null);

    private Task PageChangedAsync(int page) => GoAsync(Module, Person, page);

    // The filters live in the address, so a filtered feed can be bookmarked, shared and reloaded.
    private Task GoAsync(string? module, Guid? person, int? page)
    {
        Navigation.NavigateTo(Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["module"] = module,
            ["person"] = person,
            ["page"] = page is > 1 ? page : null,
        }));
        return Task.CompletedTask;
    }
}
