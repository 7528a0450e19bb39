using Microsoft.AspNetCore.Components;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Modules.Content;

namespace RusToK.Components.Modules.Content;

/// <summary>The fields a content type adds to the editor: they edit the draft in place and say when they changed it.</summary>
public abstract class ContentTypeFields : ComponentBase
{
    [Parameter, EditorRequired] public ContentDraft Draft { get; set; } = default!;

    /// <summary>The stored item, or null while the draft is new.</summary>
    [Parameter] public ContentItem? Item { get; set; }

    [Parameter, EditorRequired] public FormErrors Errors { get; set; } = default!;

    /// <summary>Raised after an edit, so the editor can tell there is something unsaved.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    protected Task NotifyChangedAsync() => Changed.InvokeAsync();
}
