using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Components.Modules.Pages;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Components.Tests.Pages;

/// <summary>The preview beside the blocks editor shows the drafts as readers will see them, in each language, as they are typed.</summary>
public sealed class BlocksPreviewTests : BunitContext, IAsyncLifetime
{
    private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

    public BlocksPreviewTests()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("en");
        Services.AddMudServices();
        Services.AddModularLocalization().AddModuleStrings<PagesStrings>();
        Services.AddSingleton<IContentRenderer, TagStrippingRenderer>();
        Services.AddSingleton<ISiteReadCache, NoSiteReadCache>();
        Services.AddSingleton<ITenantContext, NoTenant>();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's key interceptor (inside text fields) can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync()
    {
        CultureInfo.CurrentUICulture = _before;
        return DisposeAsync().AsTask();
    }

    [Fact]
    public void Typing_a_hero_title_shows_it_in_the_preview_heading_and_tells_of_the_change()
    {
        var changes = 0;
        var cut = Render<BlocksEditor>(p => p
            .Add(x => x.Blocks, [new BlockDraft { Kind = BlockKind.Hero, Title = "Welcome" }])
            .Add(x => x.Errors, new FormErrors())
            .Add(x => x.OnChange, () => changes++));
        cut.Find("[data-testid=block-hero] h2").TextContent.ShouldBe("Welcome");

        cut.Find("[data-testid=block-card] input").Input("Open every day");

        cut.WaitForAssertion(() => cut.Find("[data-testid=block-hero] h2").TextContent.ShouldBe("Open every day"), TimeSpan.FromSeconds(5));
        changes.ShouldBe(1);
    }

    [Fact]
    public void The_Russian_preview_shows_the_translation_and_the_original_where_it_is_empty()
    {
        var hero = new BlockDraft { Kind = BlockKind.Hero, Title = "Welcome", Text = "Fresh coffee", ButtonText = "Visit", ButtonUrl = "/contact" };
        hero.In("ru").Title = "Добро пожаловать";
        var cut = Render<BlocksPreview>(p => p.Add(x => x.Blocks, [hero]).Add(x => x.Unsaved, true));
        cut.Find("[data-testid=block-hero] h2").TextContent.ShouldBe("Welcome");
        cut.Find("[data-testid=preview-unsaved]").TextContent.ShouldContain("Not saved yet");

        cut.Find("[data-testid=preview-language-ru]").Click();

        var frame = cut.Find(".rustok-block-preview-frame");
        frame.GetAttribute("lang").ShouldBe("ru");
        cut.Find("[data-testid=block-hero] h2").TextContent.ShouldBe("Добро пожаловать");
        cut.Find(".rustok-hero-text").InnerHtml.ShouldBe("<p>Fresh coffee</p>");
        cut.Find(".rustok-button").TextContent.ShouldBe("Visit");
    }

    [Fact]
    public void An_incomplete_or_unsafe_block_shows_as_a_note_and_the_others_still_render()
    {
        List<BlockDraft> drafts =
        [
            new() { Kind = BlockKind.CallToAction, Text = "No title yet" },
            new() { Kind = BlockKind.Image, ImageUrl = "/media/cup.jpg" }, // no alt text
            new() { Kind = BlockKind.Hero, Title = "Hi", ButtonText = "Go", ButtonUrl = "javascript:alert(1)" },
            new() { Kind = BlockKind.RichText, Text = "Still here" },
        ];
        var cut = Render<BlocksPreview>(p => p.Add(x => x.Blocks, drafts));

        cut.FindAll("[data-testid=preview-incomplete]").Select(n => n.TextContent).ShouldBe([
            "Call to action: this block is not complete yet.", "Image: this block is not complete yet.", "Hero: this block is not complete yet."]);
        cut.Find("[data-testid=block-text]").InnerHtml.ShouldContain("<p>Still here</p>");
        cut.Markup.ShouldNotContain("javascript:");
    }
}
