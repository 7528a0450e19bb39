using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using MudBlazor;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// What the editor's buttons do. Each write is one call to the domain (saving and publishing together, for one) followed
/// by one reload of the draft; a write that meets someone else's newer save asks whose version to keep.
/// </summary>
public sealed class ContentEditorActions(
    ContentEditorSession session,
    FormErrors errors,
    ContentEditingService editing,
    ContentPublishingService publishing,
    RevisionService revisions,
    ContentQueries queries,
    IDialogService dialogs,
    ISnackbar snackbar,
    NavigationManager nav,
    IStringLocalizer<ContentStrings> l)
{
    private readonly SaveConflictPrompt _conflicts = new(revisions, dialogs, l);

    /// <summary>The draft's input written by one domain call, to the stored item (if any) as read with its stamp.</summary>
    private delegate Task<OperationResult<ContentItem>> DraftWrite(Guid? id, Guid? stamp, ContentInput input);

    /// <summary>A write is under way: the buttons wait and autosave skips its turn.</summary>
    public bool Busy { get; private set; }

    public Task<bool> SaveAsync() => RunAsync(() => WriteDraftAsync(
        (id, stamp, input) => id is { } stored ? editing.UpdateAsync(stored, input, stamp, session.Author) : editing.CreateAsync(input, session.Author),
        l["Saved."]));

    public Task<bool> PublishAsync() => RunAsync(() => WriteDraftAsync(
        (id, stamp, input) => publishing.SaveAndPublishAsync(id, input, stamp, session.Author),
        l["Published."]));

    public Task<bool> ScheduleAsync(DateTime publishAtUtc) => RunAsync(() => WriteDraftAsync(
        (id, stamp, input) => publishing.SaveAndScheduleAsync(id, input, stamp, session.Author, publishAtUtc),
        l["Scheduled."]));

    public Task<bool> UnpublishAsync() => RunAsync(async () =>
        await AcceptAsync(await publishing.UnpublishAsync(session.Item!.Id), l["Unpublished: readers no longer see it."]));

    public Task<bool> RestoreAsync(int number) => RunAsync(async () =>
        await AcceptAsync(await revisions.RestoreAsync(session.Item!.Id, number, session.Author), l["Revision #{0} restored.", number]));

    /// <summary>A translation starts as a draft copy at the same address, in the new language; the editor then rewrites it.</summary>
    public Task<bool> TranslateAsync(string language) => RunAsync(async () =>
    {
        var item = session.Item!;
        var copy = ContentInputs.From(item, session.Draft.Tags) with { Language = language, Slug = item.Slug };
        var created = await editing.CreateAsync(copy, session.Author);
        if (!errors.Take(created, l)) return false;
        snackbar.Add(l["Saved."], Severity.Success);
        nav.NavigateTo($"admin/content/{created.Value!.Id}");
        return true;
    });

    public async Task DeleteAsync()
    {
        if (session.Item is not { } item || !await dialogs.ConfirmAsync(l["Delete “{0}”?", item.Title], l["The item, its revisions and its tags go away. This cannot be undone."], l["Delete"])) return;
        if (!errors.Take(await editing.DeleteAsync(item.Id), l)) return;
        snackbar.Add(l["Deleted."], Severity.Success);
        nav.NavigateTo(session.Type.AdminListPath);
    }

    /// <summary>Saves an unsaved draft quietly; returns whether it did. Live items are never autosaved.</summary>
    public async Task<bool> AutosaveAsync(CancellationToken ct)
    {
        if (Busy || session.Item is not { Status: ContentStatus.Draft } item || !session.IsDirty) return false;
        var result = await editing.AutosaveAsync(item.Id, session.Draft.ToInput(), item.ConcurrencyStamp, session.Author, ct);
        if (!result.Succeeded) return false;
        session.Autosaved(result.Value!, DateTime.UtcNow);
        return true;
    }

    private async Task<bool> WriteDraftAsync(DraftWrite write, string done)
    {
        var result = await write(session.Item?.Id, session.Item?.ConcurrencyStamp, session.Draft.ToInput());
        if (ContentEditingService.IsStale(result))
        {
            if (await KeepMineOverAsync() is not { } theirs) return false;
            result = await write(theirs.Id, theirs.ConcurrencyStamp, session.Draft.ToInput());
        }

        return await AcceptAsync(result, done);
    }

    // Someone else saved first: returns their version when mine is to be written over it; otherwise null, having
    // loaded theirs if the editor chose it.
    private async Task<ContentItem?> KeepMineOverAsync()
    {
        var theirs = await queries.FindAsync(session.Item!.Id);
        if (theirs is null)
        {
            errors.Take(OperationResult.NotFound("Someone deleted this item while you were editing."), l);
            return null;
        }

        var choice = await _conflicts.AskAsync(theirs, session.Draft);
        if (choice == ConflictChoice.KeepMine) return theirs;
        if (choice == ConflictChoice.TakeTheirs) await session.LoadAsync(theirs);
        return null;
    }

    // The write's result becomes the draft's new starting point; a first save moves the address to the new item's.
    private async Task<bool> AcceptAsync(OperationResult<ContentItem> result, string done)
    {
        if (!errors.Take(result, l)) return false;
        var created = session.Item is null;
        await session.LoadAsync(result.Value!);
        if (created) nav.NavigateTo($"admin/content/{result.Value!.Id}", replace: true);
        snackbar.Add(done, Severity.Success);
        return true;
    }

    private async Task<bool> RunAsync(Func<Task<bool>> action)
    {
        Busy = true;
        try
        {
            return await action();
        }
        finally
        {
            Busy = false;
        }
    }
}
