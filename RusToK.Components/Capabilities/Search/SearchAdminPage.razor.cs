using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Capabilities.Search;

/// <summary>
/// The index's state for the site's admin, read again whenever the projection tells (each batch it writes, each
/// rebuild it finishes), every second while a rebuild runs, and every half-minute besides (other tenants' rebuilds on
/// the platform list say nothing live). The progress survives a reload: the rebuild lives in the database, not here.
/// </summary>
public sealed partial class SearchAdminPage
{
    private static readonly TimeSpan LagWarning = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private const int IdleTicks = 30;

    private readonly CancellationTokenSource _stop = new();
    private SearchStatus? _status;
    private SearchNameBook _names = new(new Dictionary<(string, string), string>());
    private IReadOnlyList<SearchRebuildProgress> _recent = [];
    private bool _isPlatformAdmin;
    private string _requestedBy = "";

    [Inject] private ISearchAdministration Search { get; set; } = null!;

    [Inject] private SearchFacetNames FacetNames { get; set; } = null!;

    [Inject] private ITenantContext Tenant { get; set; } = null!;

    [Inject] private IDialogService Dialogs { get; set; } = null!;

    [Inject] private ISnackbar Snackbar { get; set; } = null!;

    [Inject] private IStringLocalizer<SearchStrings> L { get; set; } = null!;

    [CascadingParameter] private Task<AuthenticationState>? AuthState { get; set; }

    [CascadingParameter] public BrowserTime Time { get; set; } = BrowserTime.Utc;

    private bool Busy => _status?.Rebuild?.IsRunning == true || _recent.Any(r => r.IsRunning);

    private string LagText => _status is null || _status.Queued == 0 ? L["Up to date"]
        : _status.Lag < TimeSpan.FromSeconds(1) ? L["Under a second"]
        : _status.Lag < TimeSpan.FromMinutes(1) ? L["{0} s", (int)_status.Lag.TotalSeconds]
        : L["{0} min", (int)_status.Lag.TotalMinutes];

    private string EngineText => _status?.Engine switch
    {
        SearchEngineState.Paused => "Paused after errors",
        SearchEngineState.Testing => "Checking it is back",
        _ => "Working",
    };

    private string EngineIcon => _status?.Engine == SearchEngineState.Working ? Icons.Material.Outlined.CheckCircle : Icons.Material.Outlined.ReportProblem;

    protected override async Task OnInitializedAsync()
    {
        if (AuthState is not null)
        {
            var user = (await AuthState).User;
            _isPlatformAdmin = user.HasClaim(RusToKClaims.PlatformAdmin, "true");
            _requestedBy = user.Identity?.Name ?? "";
        }

        await RefreshAsync();
        _ = RefreshLoopAsync();
    }

    private async Task RefreshAsync()
    {
        _status = await Search.StatusAsync(Tenant.Current!.Id, _stop.Token);
        var types = _status.Documents.Select(d => (SearchFacets.Type, d.Value)).ToList();
        _names = await FacetNames.OfAsync(SearchResults.Empty(1, 1), types, _stop.Token);
        if (_isPlatformAdmin) _recent = await Search.RecentRebuildsAsync(_stop.Token);
    }

    private async Task RefreshLoopAsync()
    {
        using var timer = new PeriodicTimer(Tick);
        var ticks = 0;
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                if (!Busy && ++ticks % IdleTicks != 0) continue;
                await InvokeAsync(async () =>
                {
                    await RefreshAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // The page was left.
        }
    }

    private async Task RebuildAsync()
    {
        if (!await Dialogs.ConfirmAsync(L["Rebuild this site's index?"], L["Every document is removed and written again. Search shows fewer results until it finishes."], L["Rebuild"], Color.Primary)) return;
        await Search.RebuildAsync(Tenant.Current!.Id, _requestedBy);
        Snackbar.Add(L["The rebuild has started."], Severity.Info);
        await RefreshAsync();
    }

    private async Task RebuildAllAsync()
    {
        if (!await Dialogs.ConfirmAsync(L["Rebuild every site's index?"], L["Every site's documents are removed and written again, one site after another."], L["Rebuild all"], Color.Primary)) return;
        var started = await Search.RebuildAllAsync(_requestedBy);
        Snackbar.Add(L["Rebuilding {0} site(s).", started.ToString(CultureInfo.CurrentCulture)], Severity.Info);
        await RefreshAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _stop.Dispose();
    }
}
