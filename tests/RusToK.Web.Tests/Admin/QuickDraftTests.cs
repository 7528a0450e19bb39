using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Components.Modules.Content.Dashboard;
using RusToK.Domain.Modules.Content;
using RusToK.Testing;

namespace RusToK.Web.Tests.Admin;

/// <summary>The dashboard's quick draft saves a draft by the person writing it and leads to the editor.</summary>
public sealed class QuickDraftTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    [Fact]
    public async Task A_title_and_a_few_lines_become_the_editor_s_draft_with_a_link_to_finish_it()
    {
        await using var host = await AdminComponentHost.StartAsync(app, "editor@demo.local");
        var cut = host.RenderSignedIn<QuickDraftWidget>();

        cut.Find("[data-testid=quick-draft-title]").Change("Roasting notes");
        cut.Find("[data-testid=quick-draft-body]").Change("Lighter roasts keep the fruit.");
        await cut.Find("[data-testid=quick-draft-save]").ClickAsync(new());

        var link = cut.WaitForElement("[data-testid=quick-draft-saved]");
        var id = Guid.Parse(link.GetAttribute("href")!["admin/content/".Length..]);
        var draft = await StoredAsync(id);
        draft!.Title.ShouldBe("Roasting notes");
        draft.Status.ShouldBe(ContentStatus.Draft);
        draft.AuthorName.ShouldBe("Demo Editor");
        draft.Type.ShouldBe("post");
    }

    [Fact]
    public async Task A_draft_without_a_title_is_refused_beside_the_title_field()
    {
        await using var host = await AdminComponentHost.StartAsync(app, "editor@demo.local");
        var cut = host.RenderSignedIn<QuickDraftWidget>();

        await cut.Find("[data-testid=quick-draft-save]").ClickAsync(new());

        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Title is required."));
        cut.FindAll("[data-testid=quick-draft-saved]").ShouldBeEmpty();
    }

    private async Task<ContentItem?> StoredAsync(Guid id)
    {
        await using var scope = await AdminComponentHost.DemoScopeAsync(app);
        return await scope.ServiceProvider.GetRequiredService<ContentQueries>().FindAsync(id);
    }
}
