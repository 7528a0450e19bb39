using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Components.Modules.Content;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Components.Tests;

/// <summary>The visual editor's component mounts the script with the admin's words, takes its HTML into the draft and lets go of it.</summary>
public sealed class VisualBodyEditorTests : BunitContext, IAsyncLifetime
{
    private const string Bundle = "./_content/RusToK.Components/Modules/Content/editor.bundle.js";
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;
    private readonly BunitJSModuleInterop _editor;

    public VisualBodyEditorTests()
    {
        Services.AddMudServices();
        Services.AddModularLocalization().AddModuleStrings<ContentStrings>();
        Services.AddSingleton<IContentRenderer, TagStrippingRenderer>();
        JSInterop.Mode = JSRuntimeMode.Loose;
        // The bundle's mount() answers with the editor's handle, itself a JS object the component calls.
        _editor = JSInterop.SetupModule(Bundle).SetupModule(invocation => invocation.Identifier == "mount");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _before;
        return DisposeAsync().AsTask();
    }

    [Fact]
    public void The_editor_is_mounted_with_the_body_and_every_label_in_the_admin_s_language()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("ru");
        Render<VisualBodyEditor>(p => p.Add(x => x.Draft, new ContentDraft { Body = "<p>Hello</p>", BodyFormat = BodyFormat.Html }));

        var options = JSInterop.Invocations["mount"].Single().Arguments[2]!;
        Read<string>(options, "html").ShouldBe("<p>Hello</p>");
        var labels = Read<Dictionary<string, string>>(options, "labels");
        labels["divider"].ShouldBe("Разделитель");
        labels["slashMenuLabel"].ShouldBe("Вставить блок");
        labels.Keys.ShouldBe(["placeholder", "editorLabel", "slashMenuLabel", "heading2", "heading3", "bulletList", "orderedList", "quote", "codeBlock", "divider",
            "image", "embed", "noMatches", "toolbarLabel", "bold", "italic", "link", "code", "videoOn", "uploadFailed"], ignoreOrder: true);
    }

    [Fact]
    public async Task What_the_editor_sends_becomes_the_draft_s_html_body()
    {
        var draft = new ContentDraft { Body = "", BodyFormat = BodyFormat.Markdown };
        var changes = 0;
        var cut = Render<VisualBodyEditor>(p => p.Add(x => x.Draft, draft).Add(x => x.Changed, () => changes++));

        await cut.InvokeAsync(() => cut.Instance.OnBodyChanged("<h2>Brewing</h2><hr>"));

        (draft.Body, draft.BodyFormat, changes).ShouldBe(("<h2>Brewing</h2><hr>", BodyFormat.Html, 1));
        _editor.Invocations.ShouldNotContain(i => i.Identifier == "setContent"); // its own text is not echoed back
    }

    [Fact]
    public async Task A_body_changed_elsewhere_is_shown_in_the_editor_and_disposing_destroys_it()
    {
        var draft = new ContentDraft { Body = "<p>Mine</p>", BodyFormat = BodyFormat.Html };
        var cut = Render<VisualBodyEditor>(p => p.Add(x => x.Draft, draft));

        draft.Body = "<p>Restored revision</p>";
        cut.Render();
        _editor.Invocations["setContent"].Single().Arguments[0].ShouldBe("<p>Restored revision</p>");

        await DisposeComponentsAsync();
        _editor.Invocations["destroy"].Count.ShouldBe(1);
    }

    [Fact]
    public void A_new_html_body_opens_visually_and_may_still_become_markdown_while_empty()
    {
        var cut = Render<ContentBodyEditor>(p => p.Add(x => x.Draft, new ContentDraft { BodyFormat = BodyFormat.Html }).Add(x => x.Errors, new FormErrors()));

        cut.FindAll("[data-testid=visual-editor]").Count.ShouldBe(1);
        cut.FindAll("[data-testid=content-body]").ShouldBeEmpty();
        cut.Find("[data-testid=body-mode-markdown]").HasAttribute("disabled").ShouldBeFalse();
    }

    [Fact]
    public void A_markdown_body_opens_as_source_and_html_with_text_cannot_go_back_to_markdown()
    {
        var markdown = Render<ContentBodyEditor>(p => p.Add(x => x.Draft, new ContentDraft { Body = "## Hi", BodyFormat = BodyFormat.Markdown }).Add(x => x.Errors, new FormErrors()));
        markdown.FindAll("[data-testid=visual-editor]").ShouldBeEmpty();
        markdown.Find("[data-testid=body-stats]").TextContent.ShouldContain("2 words");

        var html = Render<ContentBodyEditor>(p => p.Add(x => x.Draft, new ContentDraft { Body = "<p>Hi</p>", BodyFormat = BodyFormat.Html }).Add(x => x.Errors, new FormErrors()));
        html.Find("[data-testid=body-mode-markdown]").HasAttribute("disabled").ShouldBeTrue();
    }

    private static T Read<T>(object anonymous, string property) => (T)anonymous.GetType().GetProperty(property)!.GetValue(anonymous)!;
}
