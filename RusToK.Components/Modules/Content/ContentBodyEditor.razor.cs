using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using RusToK.Components.Capabilities.Media;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// The body editor's modes: an HTML body opens in the visual editor, a Markdown one in its source. Markdown becomes
/// HTML through the server's renderer, after the writer agrees; HTML never goes back to Markdown (nothing converts it
/// faithfully). Whatever the mode, the save sanitizes the body on the server.
/// </summary>
public sealed partial class ContentBodyEditor
{
    [Parameter, EditorRequired] public ContentDraft Draft { get; set; } = default!;

    [Parameter, EditorRequired] public FormErrors Errors { get; set; } = default!;

    /// <summary>Raised after an edit, so the editor can tell there is something unsaved.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    private BodyEditorMode _mode;
    private ContentDraft? _modeFor;
    private VisualBodyEditor? _visual;
    private string _previewHtml = "";
    private (string Body, BodyFormat Format, int Words) _stats = ("", BodyFormat.Html, 0);

    // Markdown is for Markdown bodies, and for HTML ones with nothing in them yet.
    private bool CanWriteMarkdown => Draft.BodyFormat == BodyFormat.Markdown || string.IsNullOrWhiteSpace(Draft.Body);

    private string StatsLine
    {
        get
        {
            // Counted like the server counts a saved item (words of the sanitized text), once per change of the body.
            if (_stats.Body != Draft.Body || _stats.Format != Draft.BodyFormat)
                _stats = (Draft.Body, Draft.BodyFormat, ReadingTime.WordsIn(Renderer.Render(Draft.Body, Draft.BodyFormat).PlainText));
            return _stats.Words switch
            {
                0 => L["Nothing written yet"].Value,
                1 => L["1 word · 1 min read"].Value,
                var words => L["{0} words · {1} min read", words, ReadingTime.Minutes(words)].Value,
            };
        }
    }

    protected override void OnParametersSet()
    {
        // A new draft (another item loaded, a conflict resolved) opens in its own format's mode.
        if (ReferenceEquals(_modeFor, Draft)) return;
        _modeFor = Draft;
        _mode = Draft.BodyFormat == BodyFormat.Html ? BodyEditorMode.Visual : BodyEditorMode.Markdown;
    }

    private Task NotifyChangedAsync() => Changed.InvokeAsync();

    private async Task SwitchModeAsync(BodyEditorMode mode)
    {
        if (mode == _mode) return;
        if (_visual is not null) await _visual.FlushAsync();
        if (mode == BodyEditorMode.Markdown)
        {
            if (!CanWriteMarkdown) return;
            Draft.BodyFormat = BodyFormat.Markdown;
        }
        else if (Draft.BodyFormat == BodyFormat.Markdown)
        {
            if (!string.IsNullOrWhiteSpace(Draft.Body) && !await Dialogs.ConfirmAsync(L["Switch to {0}?", mode == BodyEditorMode.Visual ? L["Visual"] : "HTML"],
                    L["The Markdown text becomes HTML, as readers see it. It cannot be turned back into Markdown."], L["Convert to HTML"], Color.Primary))
                return;
            Draft.Body = string.IsNullOrWhiteSpace(Draft.Body) ? "" : Renderer.Render(Draft.Body, BodyFormat.Markdown).Html;
            Draft.BodyFormat = BodyFormat.Html;
        }

        // The visual editor's HTML is one long line; its source is shown a block a line.
        if (_mode == BodyEditorMode.Visual && mode == BodyEditorMode.Html) Draft.Body = HtmlSource.WithLineBreaks(Draft.Body);
        _mode = mode;
        await NotifyChangedAsync();
    }

    private async Task OnTabChangedAsync(int index)
    {
        if (index != 1) return;
        if (_visual is not null) await _visual.FlushAsync();
        _previewHtml = Renderer.Render(Draft.Body, Draft.BodyFormat).Html;
    }

    private async Task InsertImageAsync()
    {
        if (_mode == BodyEditorMode.Visual && _visual is not null)
        {
            await _visual.InsertFromLibraryAsync();
            return;
        }

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
        var (start, end) = selection is [var s, var e] ? (s, e) : (Draft.Body.Length, Draft.Body.Length);
        Draft.Body = BodyImageSnippet.Insert(Draft.Body, BodyImageSnippet.For(file.Url(), file.AltText, Draft.BodyFormat), start, end);
        if (string.IsNullOrWhiteSpace(file.AltText)) Snackbar.Add(L["The image has no alt text yet: add one in the text, for readers who cannot see it."], Severity.Info);
        await NotifyChangedAsync();
    }
}
