using Microsoft.Extensions.Localization;
using MudBlazor;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Components.Modules.Content;

/// <summary>Shows someone else's newer save beside the editor's draft and asks whose version to keep.</summary>
public sealed class SaveConflictPrompt(RevisionService revisions, IDialogService dialogs, IStringLocalizer<ContentStrings> l)
{
    /// <summary>The choice, or null when the editor closed the comparison to keep editing.</summary>
    public async Task<ConflictChoice?> AskAsync(ContentItem theirs, ContentDraft mine)
    {
        var parameters = new DialogParameters<ConflictDialog>
        {
            { d => d.Diff, revisions.Compare(theirs.Body, mine.Body) },
            { d => d.TheirAuthor, theirs.LastEditedBy ?? theirs.AuthorName },
            { d => d.TheirTitle, theirs.Title },
            { d => d.MyTitle, mine.Title },
        };
        var dialog = await dialogs.ShowAsync<ConflictDialog>(l["Someone else saved first"], parameters, new DialogOptions { MaxWidth = MaxWidth.Large, FullWidth = true });
        return (await dialog.Result)?.Data as ConflictChoice?;
    }
}
