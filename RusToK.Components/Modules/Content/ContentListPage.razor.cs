using Microsoft.AspNetCore.Components;
using MudBlazor;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Components.Modules.Content;

/// <summary>Every content item with search, status and category filters, pages, and actions on a selection.</summary>
public sealed partial class ContentListPage
{
    [SupplyParameterFromQuery(Name = "type")] public string? TypeFromQuery { get; set; }

    /// <summary>Set by a module that shows only its own type (the blog's Posts page).</summary>
    [Parameter] public string? FixedType { get; set; }

    private string? Type => FixedType ?? TypeFromQuery;

    [CascadingParameter] public BrowserTime Time { get; set; } = BrowserTime.Utc;

    private Page<ContentSummary>? _page;
    private HashSet<ContentSummary> _selected = [];
    private IReadOnlyList<CategoryNode> _categories = [];
    private IReadOnlyDictionary<ContentStatus, int> _counts = new Dictionary<ContentStatus, int>();
    private string? _search;
    private Guid? _category;
    private ContentStatus? _status;

    private string Heading => Type is null ? L["Content"] : L[Types.For(Type).ListTitle];

    private bool IsFiltered => !string.IsNullOrWhiteSpace(_search) || _category is not null || _status is not null;

    protected override async Task OnParametersSetAsync()
    {
        _categories = await Categories.TreeAsync(publishedOnly: false);
        await LoadAsync(1);
    }

    private async Task LoadAsync(int page)
    {
        _page = await Queries.ListAsync(new ContentFilter(Type, _status, _search, _category), new PageRequest(page, 20));
        _counts = await Queries.CountByStatusAsync(Type);
        _selected = [];
    }

    private async Task SearchAsync(string? search)
    {
        _search = search;
        await LoadAsync(1);
    }

    private async Task CategoryAsync(Guid? category)
    {
        _category = category;
        await LoadAsync(1);
    }

    private async Task StatusAsync(ContentStatus? status)
    {
        _status = status;
        await LoadAsync(1);
    }

    private string CategoryName(Guid? id) => _categories.FirstOrDefault(n => n.Category.Id == id)?.Category.Name ?? "—";

    // Applies one action item by item and reports how many worked; a refusal names the item and why.
    private async Task BulkAsync(BulkAction action)
    {
        var items = _selected.ToList();
        if (action == BulkAction.Delete &&
            !await Dialogs.ConfirmAsync(L["Delete {0} item(s)?", items.Count], L["They go away with their revisions and tags. This cannot be undone."], L["Delete"]))
        {
            return;
        }

        var failures = new List<string>();
        foreach (var item in items)
        {
            OperationResult result = action switch
            {
                BulkAction.Publish => await Publishing.PublishAsync(item.Id),
                BulkAction.Unpublish => await Publishing.UnpublishAsync(item.Id),
                BulkAction.Archive => await Publishing.ArchiveAsync(item.Id),
                _ => await Editing.DeleteAsync(item.Id),
            };
            if (!result.Succeeded) failures.Add($"“{item.Title}”: {L.Translate(result.Message ?? "")}");
        }

        var done = items.Count - failures.Count;
        Snackbar.Add(L["{0} of {1} done.", done, items.Count], failures.Count == 0 ? Severity.Success : Severity.Warning);
        foreach (var failure in failures.Take(3)) Snackbar.Add(failure, Severity.Error);
        await LoadAsync(_page?.PageNumber ?? 1);
    }
}
