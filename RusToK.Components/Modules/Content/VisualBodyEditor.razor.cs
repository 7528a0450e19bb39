using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using MudBlazor;
using RusToK.Components.Capabilities.Media;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Components.Modules.Content;

/// <summary>
/// Writes the body visually, as WordPress's and Ghost's editors do: the script (editor.bundle.js, built from
/// tools/editor) sends the HTML back after a pause in typing and on blur, into <see cref="Draft"/> as
/// <see cref="BodyFormat.Html"/>; it calls back here for the media picker and for alt texts and addresses.
/// The server sanitizes what is saved, as for any body.
/// </summary>
public sealed partial class VisualBodyEditor : IAsyncDisposable
{
    private const string BundlePath = "./_content/RusToK.Components/Modules/Content/editor.bundle.js";

    [Parameter, EditorRequired] public ContentDraft Draft { get; set; } = default!;

    /// <summary>Raised after the text changed, so the page can tell there is something unsaved.</summary>
    [Parameter] public EventCallback Changed { get; set; }

    [Inject] private IJSRuntime JS { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    [Inject] private IStringLocalizer<ContentStrings> L { get; set; } = default!;

    private ElementReference _host;
    private IJSObjectReference? _module;
    private IJSObjectReference? _editor;
    private DotNetObjectReference<VisualBodyEditor>? _self;

    // The body the editor shows: when the draft's differs (a restored revision, a reload), it is sent again.
    private string? _shown;

    // Set when the component goes (a mode switched right after the page opened) while the script is still loading.
    private bool _disposed;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            var module = await JS.InvokeAsync<IJSObjectReference>("import", BundlePath);
            if (_disposed)
            {
                await module.DisposeAsync();
                return;
            }

            _module = module;
            _shown = Draft.Body;
            var editor = await _module.InvokeAsync<IJSObjectReference>("mount", _host, _self, new
            {
                html = Draft.Body,
                labels = EditorLabels.For(L),
                uploadUrl = "api/v1/media",
                debounceMs = 400,
            });
            if (_disposed) await Release(editor);
            else _editor = editor;
        }
        else if (_editor is not null && Draft.Body != _shown)
        {
            _shown = Draft.Body;
            await _editor.InvokeVoidAsync("setContent", Draft.Body);
        }
    }

    /// <summary>Sends what is typed but not yet reported (the pause has not passed), before a save or a mode change reads the draft.</summary>
    public async Task FlushAsync()
    {
        if (_editor is not null && await _editor.InvokeAsync<string?>("takePending") is { } html) await OnBodyChanged(html);
    }

    /// <summary>The "Insert image" button's way in: the picker, then the image where the caret was.</summary>
    public async Task InsertFromLibraryAsync()
    {
        if (await PickImageAsync() is { } choice && _editor is not null) await _editor.InvokeVoidAsync("insertImage", choice.Url, choice.Alt);
    }

    [JSInvokable]
    public async Task OnBodyChanged(string html)
    {
        _shown = html;
        Draft.Body = html;
        Draft.BodyFormat = BodyFormat.Html;
        await Changed.InvokeAsync();
    }

    [JSInvokable]
    public async Task<EditorImageChoice?> PickImageAsync()
    {
        var dialog = await Dialogs.ShowAsync<MediaPickerDialog>(L["Insert image"], new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true });
        if ((await dialog.Result)?.Data is not MediaFile file) return null;
        if (string.IsNullOrWhiteSpace(file.AltText)) Snackbar.Add(L["The image has no alt text yet: add one in the library, for readers who cannot see it."], Severity.Info);
        return new EditorImageChoice(file.Url(), file.AltText);
    }

    /// <summary>Asks for an image's alt text (<c>alt</c>, with the file's name), a link's address (<c>link</c>) or an embed's (<c>embed</c>); null when cancelled.</summary>
    [JSInvokable]
    public async Task<string?> PromptAsync(string kind, string initial)
    {
        var (title, parameters) = kind switch
        {
            "alt" => (L["Describe the image"].Value, new DialogParameters<EditorPromptDialog>
            {
                { d => d.Label, L["Alt text"].Value },
                { d => d.HelperText, L["What the image shows, for readers who cannot see it ({0}).", initial].Value },
            }),
            "link" => (L["Link"].Value, new DialogParameters<EditorPromptDialog>
            {
                { d => d.Label, L["Address"].Value }, { d => d.Initial, initial }, { d => d.IsAddress, true }, { d => d.AllowMail, true },
                { d => d.HelperText, L["Leave empty to remove the link."].Value },
            }),
            _ => (L["Video or link card"].Value, new DialogParameters<EditorPromptDialog>
            {
                { d => d.Label, L["Address"].Value }, { d => d.IsAddress, true }, { d => d.AllowEmpty, false },
                { d => d.HelperText, L["A YouTube or Vimeo address, or any page: readers get a card that opens it."].Value },
            }),
        };
        var dialog = await Dialogs.ShowAsync<EditorPromptDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        return (await dialog.Result) is { Canceled: false, Data: string answer } ? answer : null;
    }

    [JSInvokable]
    public void ReportProblem(string message) => Snackbar.Add(message, Severity.Warning);

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        var (editor, module) = (_editor, _module);
        (_editor, _module) = (null, null); // the page may still hold this component: its calls now do nothing
        try
        {
            if (editor is not null) await Release(editor);
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone (the tab closed): the browser dropped the editor with the page.
        }

        _self?.Dispose();
    }

    private static async Task Release(IJSObjectReference editor)
    {
        await editor.InvokeVoidAsync("destroy");
        await editor.DisposeAsync();
    }
}
