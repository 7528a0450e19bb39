using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Content;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// The content editor: write with a Markdown preview, organise, schedule, see the SEO score and revisions. What differs
/// between content types comes from their <see cref="IContentTypeDefinition"/> and <see cref="ContentTypeEditor"/>;
/// the state lives in <see cref="ContentEditorSession"/>, the buttons' work in <see cref="ContentEditorActions"/>.
/// </summary>
public sealed partial class ContentEditorPage
{
    [Parameter] public Guid? Id { get; set; }

    [SupplyParameterFromQuery(Name = "type")] public string? TypeFromQuery { get; set; }

    [Inject] private IServiceProvider Services { get; set; } = default!;

    [Inject] private ContentQueries Queries { get; set; } = default!;

    [Inject] private ContentTypeCatalog Types { get; set; } = default!;

    [Inject] private ITenantContext TenantContext { get; set; } = default!;

    [Inject] private ContentAnalysisService Analysis { get; set; } = default!;

    [Inject] private IPermissionChecker Permissions { get; set; } = default!;

    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject] private IStringLocalizer<ContentStrings> L { get; set; } = default!;

    [CascadingParameter] public BrowserTime Time { get; set; } = BrowserTime.Utc;

    private readonly FormErrors _errors = new();
    private readonly DraftAutosave _autosave = new();
    private ContentEditorSession _session = default!;
    private ContentEditorActions _actions = default!;
    private bool _loading = true;
    private bool _canPublish;
    private bool _loaded;
    private Guid? _loadedId;

    private ContentDraft Draft => _session.Draft;

    private string TypeName => L[_session.Type.DisplayName];

    private string? SavedNote => _session.AutosavedAt is { } at ? L["Draft saved automatically at {0:t}", Time.ToLocal(at)].Value
        : _session.IsDirty && _session.Item is not null ? L["Unsaved changes"].Value : null;

    protected override void OnInitialized()
    {
        _session = ActivatorUtilities.CreateInstance<ContentEditorSession>(Services);
        _actions = ActivatorUtilities.CreateInstance<ContentEditorActions>(Services, _session, _errors);
    }

    protected override async Task OnParametersSetAsync()
    {
        // Parameters are set again whenever a cascading value changes (the browser's clock arriving) and when the first
        // save moves the address to the new item's: only a different item is loaded, so typing is never thrown away.
        if (_loaded && (_loadedId == Id || _session.Item?.Id == Id)) return;
        (_loaded, _loadedId) = (true, Id);
        _loading = true;
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        _session.Author = ContentAuthor.Of(user);
        _canPublish = await Permissions.HasAsync(user, ContentPermissions.Publish);
        if (Id is not { } id) _session.StartNew(string.IsNullOrWhiteSpace(TypeFromQuery) ? Types.DefaultFor(TenantContext.Current).Type : TypeFromQuery);
        else if (await Queries.FindAsync(id) is { } item) await _session.LoadAsync(item);
        else _errors.Take(OperationResult.NotFound("This item no longer exists."), L);
        _loading = false;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _autosave.Start(ct => InvokeAsync(async () =>
        {
            if (await _actions.AutosaveAsync(ct)) StateHasChanged();
        }));
    }

    public ValueTask DisposeAsync() => _autosave.DisposeAsync();

    // A panel changed the draft: render again so the header can say there are unsaved changes.
    private void OnDraftChanged()
    {
    }
}
