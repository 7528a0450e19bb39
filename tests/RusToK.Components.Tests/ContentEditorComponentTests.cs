using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using RusToK.Components.Capabilities.Tags;
using RusToK.Components.Modules.Content;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;

namespace RusToK.Components.Tests;

/// <summary>The pieces of the content editor behave as an editor expects.</summary>
public sealed class ContentEditorComponentTests : BunitContext, IAsyncLifetime
{
    public ContentEditorComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor's key interceptor (inside text fields) can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Tag_input_adds_on_enter_and_comma_folds_duplicates_and_removes_a_chip()
    {
        var tags = new List<string>();
        var cut = Render<TagInput>(p => p.Add(x => x.Tags, tags).Add(x => x.TagsChanged, updated => tags = updated));

        Type(cut, "Coffee");
        cut.Render(p => p.Add(x => x.Tags, tags));
        Type(cut, "coffee, Tea ,  ");
        cut.Render(p => p.Add(x => x.Tags, tags));

        tags.ShouldBe(["Coffee", "Tea"]);
        cut.FindAll("[data-testid=tag-chip]").Select(c => c.TextContent.Trim()).ShouldBe(["Coffee", "Tea"]);

        cut.FindAll(".mud-chip-close-button")[0].Click();
        tags.ShouldBe(["Tea"]);
    }

    [Fact]
    public void Tag_input_shows_the_error_it_is_given()
    {
        var cut = Render<TagInput>(p => p.Add(x => x.Tags, []).Add(x => x.Error, "Use at most 20 tags."));
        cut.Markup.ShouldContain("Use at most 20 tags.");
    }

    [Fact]
    public void Diff_view_marks_changed_and_added_lines_on_their_side()
    {
        var diff = new SideBySideDiff(
            [new DiffLine(1, "same", DiffChange.Unchanged), new DiffLine(2, "old words", DiffChange.Modified), new DiffLine(null, null, DiffChange.Imaginary)],
            [new DiffLine(1, "same", DiffChange.Unchanged), new DiffLine(2, "new words", DiffChange.Modified), new DiffLine(3, "added", DiffChange.Inserted)]);
        var cut = Render<DiffView>(p => p.Add(x => x.Diff, diff).Add(x => x.BeforeTitle, "Theirs").Add(x => x.AfterTitle, "Yours"));

        cut.FindAll(".rustok-diff-modified").Select(l => l.TextContent).ShouldBe(["2old words", "2new words"]);
        cut.Find(".rustok-diff-inserted").TextContent.ShouldContain("added");
        cut.FindAll(".rustok-diff-empty").Count.ShouldBe(1);
        cut.FindAll(".rustok-diff-head").Select(h => h.TextContent).ShouldBe(["Theirs", "Yours"]);
    }

    [Fact]
    public void Seo_panel_shows_the_score_and_a_hint_for_each_check()
    {
        var analysis = new ContentAnalysis(50, [
            new AnalysisCheck("seo.title", "Title", CheckOutcome.Good, "The title has a good length."),
            new AnalysisCheck("seo.alt", "Image alt texts", CheckOutcome.Problem, "1 image(s) have no alt text."),
        ]);
        var cut = Render<SeoPanel>(p => p.Add(x => x.Analysis, analysis));

        cut.Find("[data-testid=seo-score]").TextContent.ShouldContain("50 / 100");
        cut.FindAll("[data-testid=seo-check]").Select(c => c.TextContent).ShouldContain(t => t.Contains("1 image(s) have no alt text."));
    }

    [Fact]
    public void Scheduled_status_says_when_the_item_goes_live()
    {
        var at = new DateTime(2030, 5, 1, 8, 30, 0, DateTimeKind.Utc);
        var cut = Render<ContentStatusChip>(p => p.Add(x => x.Status, ContentStatus.Scheduled).Add(x => x.PublishAt, at));
        cut.Markup.ShouldContain("Scheduled");
        cut.Markup.ShouldContain(at.ToString("g", System.Globalization.CultureInfo.CurrentUICulture)); // without a browser offset the time shows in UTC
    }

    private static void Type(IRenderedComponent<TagInput> cut, string text)
    {
        var input = cut.Find("input");
        input.Input(text);
        cut.Find("input").KeyDown(new KeyboardEventArgs { Key = "Enter" });
    }
}
