using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using RusToK.Components.Capabilities.Media;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// The content editor: write with a Markdown preview, organise, schedule, see the SEO score and revisions.
/// Drafts autosave; a save that meets someone else's newer save opens a comparison instead of overwriting.
/// </summary>
public sealed partial class ContentEditorPage
{
    private static readonly TimeSpan AutosaveEvery = TimeSpan.FromSeconds(20);

    // The Pages module's home page lives at the site's root (the Content module cannot reference Pages: it sits below).
    private const string HomePageSlug = "home";
    private const int MaxPageDepth = 16;

    [Parameter] public Guid? Id { get; set; }

    [SupplyParameterFromQuery(Name = "type")] public string? TypeFromQuery { get; set; }

    [Inject] private ContentQueries Queries { get; set; } = default!;

    [Inject] private ContentEditingService Editing { get; set; } = default!;

    [Inject] private ContentPublishingService Publishing { get; set; } = default!;

    [Inject] private ContentAnalysisService Analysis { get; set; } = default!;

    [Inject] private RevisionService Revisions { get; set; } = default!;

    [Inject] private CategoryService Categories { get; set; } = default!;

    [Inject] private TagService Tags { get; set; } = default!;

    [Inject] private IContentRenderer Renderer { get; set; } = default!;

    [Inject] private IPermissionChecker Permissions { get; set; } = default!;

    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;

    [Inject] private NavigationManager Nav { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IStringLocalizer<SharedResource> L { get; set; } = default!;

    [CascadingParameter] public BrowserTime Time { get; set; } = BrowserTime.Utc;

    private readonly FormErrors _errors = new();
    private readonly CancellationTokenSource _disposed = new();
    private ContentDraft _draft = new();
    private ContentItem? _item;
    private IReadOnlyList<CategoryNode> _categories = [];
    private string _savedFingerprint = "";
    private string _previewHtml = "";
    private DateTime? _scheduleDate;
    private TimeSpan? _scheduleTime = new(9, 0, 0);
    private DateTime? _autosavedAt;
    private string? _viewHref;
    private IReadOnlyList<ContentSummary> _translations = [];
    private bool _loading = true;
    private bool _busy;
    private bool _canPublish;
    private ContentAuthor _author = new(null, "");
    private IReadOnlyList<ContentSummary> _parents = [];
    private bool _loaded;
    private Guid? _loadedId;

    private bool IsDirty => _draft.Fingerprint() != _savedFingerprint;

    private string ListHref => _draft.Type switch
    {
        ContentTypes.Post => "admin/posts",
        ContentTypes.Page => "admin/pages",
        _ => $"admin/content?type={_draft.Type}",
    };

    private string SlugPlaceholder => RusToK.Domain.Kernel.Text.Slug.From(_draft.Title);

    private string UrlPrefix => _draft.Type == ContentTypes.Post ? "/blog/" : "/";

    private string? SavedNote => _autosavedAt is { } at ? L["Draft saved automatically at {0:t}", Time.ToLocal(at)].Value : IsDirty && _item is not null ? L["Unsaved changes"].Value : null;

    protected override async Task OnParametersSetAsync()
    {
        // Parameters are set again whenever a cascading value changes (the browser's clock arriving) and when the first
        // save moves the address to the new item's: only a different item is loaded, so typing is never thrown away.
        if (_loaded && _loadedId == Id) return;
        (_loaded, _loadedId) = (true, Id);
        _loading = true;
        var user = (await Auth.GetAuthenticationStateAsync()).User;
        _author = ContentAuthor.Of(user);
        _canPublish = await Permissions.HasAsync(user, ContentPermissions.Publish);
        _categories = await Categories.TreeAsync(publishedOnly: false);
        if (Id is { } id)
        {
            _item = await Queries.FindAsync(id);
            if (_item is null)
            {
                _errors.Take(OperationResult.NotFound("This item no longer exists."));
                _loading = false;
                return;
            }

            await LoadDraftAsync(_item);
        }
        else
        {
            _draft = new ContentDraft { Type = string.IsNullOrWhiteSpace(TypeFromQuery) ? ContentTypes.Post : TypeFromQuery };
            _savedFingerprint = _draft.Fingerprint();
        }

        if (_draft.Type == ContentTypes.Page) _parents = (await Queries.ListAsync(new ContentFilter(ContentTypes.Page), new(1, 100))).Items;
        _loading = false;
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender) _ = AutosaveLoopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _disposed.CancelAsync();
        _disposed.Dispose();
    }

    private async Task LoadDraftAsync(ContentItem item)
    {
        var tags = await Tags.ForEntityAsync(new(ContentTypes.EntityType, item.Id));
        _item = item;
        _draft = ContentDraft.From(ContentInputs.From(item, tags.Select(t => t.Name).ToList()));
        _savedFingerprint = _draft.Fingerprint();
        _viewHref = await ReaderAddressAsync(item);
        _translations = await Queries.TranslationsAsync(item, publishedOnly: false);
    }

    private IEnumerable<(string Code, string Name)> MissingLanguages => _item is null ? [] :
        UiPreferences.Cultures.Where(c => c.Code != _item.Language && _translations.All(t => t.Language != c.Code));

    // A translation starts as a draft copy at the same address, in the new language; the editor then rewrites it.
    private async Task TranslateAsync(string language)
    {
        if (_item is not { } item) return;
        await RunAsync(async () =>
        {
            var copy = ContentInputs.From(item, _draft.Tags) with { Language = language, Slug = item.Slug };
            var created = await Editing.CreateAsync(copy, _author);
            if (!_errors.Take(created)) return false;
            Snackbar.Add(L["Saved."], Severity.Success);
            Nav.NavigateTo($"admin/content/{created.Value!.Id}");
            return true;
        });
    }

    // Where readers find a live post or page; a nested page's address runs through its parents (about/team).
    private async Task<string?> ReaderAddressAsync(ContentItem item)
    {
        if (item.Status != ContentStatus.Published) return null;
        if (item.Type == ContentTypes.Post) return $"blog/{item.Slug}";
        if (item.Type != ContentTypes.Page) return null;
        if (item.Slug == HomePageSlug && item.ParentId is null) return "./";
        var segments = new List<string> { item.Slug };
        for (var parentId = item.ParentId; parentId is { } id && segments.Count < MaxPageDepth;)
        {
            if (await Queries.FindAsync(id) is not { } parent) break;
            segments.Insert(0, parent.Slug);
            parentId = parent.ParentId;
        }

        return string.Join('/', segments);
    }

    private void OnTabChanged(int index)
    {
        if (index == 1) _previewHtml = Renderer.Render(_draft.Body, _draft.BodyFormat).Html;
    }

    private async Task<bool> SaveAsync() => await RunAsync(SaveCoreAsync);

    private async Task PublishAsync() => await RunAsync(async () => await SaveCoreAsync() && await TransitionAsync(Publishing.PublishAsync(_item!.Id), L["Published."]));

    private async Task UnpublishAsync() => await RunAsync(() => TransitionAsync(Publishing.UnpublishAsync(_item!.Id), L["Unpublished: readers no longer see it."]));

    private async Task ScheduleAsync()
    {
        if (_scheduleDate is not { } date) return;
        var at = Time.ToUtc(date.Date + (_scheduleTime ?? TimeSpan.Zero));
        await RunAsync(async () => await SaveCoreAsync() && await TransitionAsync(Publishing.ScheduleAsync(_item!.Id, at), L["Scheduled."]));
    }

    private async Task PickCoverAsync()
    {
        var dialog = await Dialogs.ShowAsync<MediaPickerDialog>(L["Cover image"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if ((await dialog.Result)?.Data is not MediaFile file) return;
        _draft.CoverImageUrl = file.Url();
        if (string.IsNullOrWhiteSpace(_draft.CoverImageAlt)) _draft.CoverImageAlt = file.AltText;
    }

    private async Task InsertImageAsync()
    {
        // The caret, read before the dialog takes the focus; without it (no browser yet) the image goes at the end.
        int[]? selection;
        try
        {
            selection = await JS.InvokeAsync<int[]?>("rustok.selectionIn", ".rustok-editor-body");
        }
        catch (JSException)
        {
            selection = null;
        }

        var dialog = await Dialogs.ShowAsync<MediaPickerDialog>(L["Insert image"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if ((await dialog.Result)?.Data is not MediaFile file) return;
        var (start, end) = selection is [var s, var e] ? (s, e) : (_draft.Body.Length, _draft.Body.Length);
        _draft.Body = BodyImageSnippet.Insert(_draft.Body, BodyImageSnippet.For(file.Url(), file.AltText, _draft.BodyFormat), start, end);
        if (string.IsNullOrWhiteSpace(file.AltText)) Snackbar.Add(L["The image has no alt text yet: add one in the text, for readers who cannot see it."], Severity.Info);
    }

    private async Task DeleteAsync()
    {
        if (_item is null || !await Dialogs.ConfirmAsync(L["Delete “{0}”?", _item.Title], L["The item, its revisions and its tags go away. This cannot be undone."], L["Delete"])) return;
        var result = await Editing.DeleteAsync(_item.Id);
        if (!_errors.Take(result)) return;
        Snackbar.Add(L["Deleted."], Severity.Success);
        Nav.NavigateTo(ListHref);
    }

    private async Task RestoreAsync(int number)
    {
        await RunAsync(async () =>
        {
            var result = await Revisions.RestoreAsync(_item!.Id, number, _author);
            if (!_errors.Take(result)) return false;
            await LoadDraftAsync(result.Value!);
            Snackbar.Add(L["Revision #{0} restored.", number], Severity.Success);
            return true;
        });
    }

    // Creates or saves; on a conflict, shows both versions and lets the editor choose.
    private async Task<bool> SaveCoreAsync()
    {
        if (_item is null)
        {
            var created = await Editing.CreateAsync(_draft.ToInput(), _author);
            if (!_errors.Take(created)) return false;
            await LoadDraftAsync(created.Value!);
            _loadedId = created.Value!.Id;
            Nav.NavigateTo($"admin/content/{created.Value!.Id}", replace: true);
            Snackbar.Add(L["Saved."], Severity.Success);
            return true;
        }

        var result = await Editing.UpdateAsync(_item.Id, _draft.ToInput(), _item.ConcurrencyStamp, _author);
        if (result.Failure == FailureKind.Conflict) return await ResolveConflictAsync();
        if (!_errors.Take(result)) return false;
        await LoadDraftAsync(result.Value!);
        _autosavedAt = null;
        Snackbar.Add(L["Saved."], Severity.Success);
        return true;
    }

    private async Task<bool> ResolveConflictAsync()
    {
        var theirs = await Queries.FindAsync(_item!.Id);
        if (theirs is null) return _errors.Take(OperationResult.NotFound("Someone deleted this item while you were editing."));
        var parameters = new DialogParameters<ConflictDialog>
        {
            { d => d.Diff, Revisions.Compare(theirs.Body, _draft.Body) },
            { d => d.TheirAuthor, theirs.LastEditedBy ?? theirs.AuthorName },
            { d => d.TheirTitle, theirs.Title },
            { d => d.MyTitle, _draft.Title },
        };
        var dialog = await Dialogs.ShowAsync<ConflictDialog>(L["Someone else saved first"], parameters, new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true });
        var choice = (await dialog.Result)?.Data as ConflictChoice?;
        if (choice == ConflictChoice.TakeTheirs)
        {
            await LoadDraftAsync(theirs);
            return false;
        }

        if (choice != ConflictChoice.KeepMine) return false;
        var mine = await Editing.UpdateAsync(theirs.Id, _draft.ToInput(), theirs.ConcurrencyStamp, _author);
        if (!_errors.Take(mine)) return false;
        await LoadDraftAsync(mine.Value!);
        Snackbar.Add(L["Saved."], Severity.Success);
        return true;
    }

    private async Task<bool> TransitionAsync(Task<OperationResult<ContentItem>> transition, string done)
    {
        var result = await transition;
        if (!_errors.Take(result)) return false;
        await LoadDraftAsync(result.Value!);
        Snackbar.Add(done, Severity.Success);
        return true;
    }

    private async Task<bool> RunAsync(Func<Task<bool>> action)
    {
        _busy = true;
        try
        {
            return await action();
        }
        finally
        {
            _busy = false;
        }
    }

    // Every 20 seconds an unsaved draft is saved quietly; live items are never autosaved.
    private async Task AutosaveLoopAsync()
    {
        using var timer = new PeriodicTimer(AutosaveEvery);
        try
        {
            while (await timer.WaitForNextTickAsync(_disposed.Token))
            {
                await InvokeAsync(AutosaveOnceAsync);
            }
        }
        catch (OperationCanceledException)
        {
            // The editor was closed.
        }
    }

    private async Task AutosaveOnceAsync()
    {
        if (_busy || _item is not { Status: ContentStatus.Draft } item || !IsDirty) return;
        var result = await Editing.AutosaveAsync(item.Id, _draft.ToInput(), item.ConcurrencyStamp, _author, _disposed.Token);
        if (!result.Succeeded) return;
        _item = result.Value;
        _savedFingerprint = _draft.Fingerprint();
        _autosavedAt = DateTime.UtcNow;
        StateHasChanged();
    }
}
