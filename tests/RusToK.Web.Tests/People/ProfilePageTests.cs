using Bunit;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Components.Kernel.People;
using RusToK.Domain.Kernel.Identity;
using RusToK.Testing;
using RusToK.Web.Tests.Admin;

namespace RusToK.Web.Tests.People;

/// <summary>The profile page checks what a person types as they type it, and saves what passes.</summary>
public sealed class ProfilePageTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    [Fact]
    public async Task A_name_too_long_is_flagged_while_typing_and_a_good_one_is_saved()
    {
        await using var host = await AdminComponentHost.StartAsync(app, "editor@demo.local");
        var cut = host.RenderSignedIn<ProfilePage>();
        cut.WaitForElement("[data-testid=profile-name]");

        cut.Find("[data-testid=profile-name]").Input(new string('n', 81));
        cut.WaitForAssertion(() => cut.Markup.ShouldContain("Display name must be at most 80 characters."));

        cut.Find("[data-testid=profile-name]").Input("Demo Editor (desk)");
        cut.Find("[data-testid=profile-bio]").Input("Edits the demo.");
        cut.WaitForAssertion(() => cut.Markup.ShouldNotContain("Display name must be at most 80 characters."));
        await cut.Find("[data-testid=save-profile]").ClickAsync(new());

        cut.WaitForAssertion(async () => (await StoredAsync())!.DisplayName.ShouldBe("Demo Editor (desk)"));
        (await StoredAsync())!.Bio.ShouldBe("Edits the demo.");
    }

    [Fact]
    public async Task An_editor_is_offered_the_media_library_for_their_picture()
    {
        await using var host = await AdminComponentHost.StartAsync(app, "editor@demo.local");
        var cut = host.RenderSignedIn<ProfilePage>();

        cut.WaitForElement("[data-testid=pick-avatar]");
    }

    private async Task<PersonProfile?> StoredAsync()
    {
        await using var scope = await AdminComponentHost.DemoScopeAsync(app);
        var users = scope.ServiceProvider.GetRequiredService<Domain.Kernel.Identity.IUserDirectory>();
        var editor = (await users.ListAsync("editor@demo.local", new(1, 1))).Items[0];
        return await scope.ServiceProvider.GetRequiredService<IProfileDirectory>().FindAsync(editor.Id);
    }
}
