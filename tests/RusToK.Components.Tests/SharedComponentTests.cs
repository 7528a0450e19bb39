using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor.Services;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Components.Tests;

/// <summary>The design system's shared pieces render what a user needs to read.</summary>
public sealed class SharedComponentTests : BunitContext
{
    public SharedComponentTests()
    {
        Services.AddMudServices();
        Services.AddModularLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private IStringLocalizer Localizer => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Fact]
    public void Empty_state_says_what_belongs_here_and_offers_the_first_action()
    {
        var cut = Render<EmptyState>(p => p
            .Add(x => x.Title, "No users yet")
            .Add(x => x.Text, "Invite your team.")
            .AddChildContent("<button>Invite user</button>"));

        cut.Find("[data-testid=empty-state]").TextContent.ShouldContain("No users yet");
        cut.Markup.ShouldContain("Invite your team.");
        cut.Find("button").TextContent.ShouldBe("Invite user");
    }

    [Fact]
    public void Page_header_shows_title_subtitle_and_actions()
    {
        var cut = Render<PageHeader>(p => p
            .Add(x => x.Title, "Tenants")
            .Add(x => x.Subtitle, "Every site this platform serves.")
            .Add(x => x.Actions, "<a>New tenant</a>"));

        cut.Markup.ShouldContain("Tenants");
        cut.Markup.ShouldContain("Every site this platform serves.");
        cut.Find("a").TextContent.ShouldBe("New tenant");
    }

    [Fact]
    public void Stat_card_warns_when_asked_and_links_to_details()
    {
        var cut = Render<StatCard>(p => p.Add(x => x.Label, "Dead letters").Add(x => x.Value, "3").Add(x => x.Href, "admin/outbox").Add(x => x.Warn, true));

        cut.Markup.ShouldContain("3");
        cut.Find("a").GetAttribute("href").ShouldBe("admin/outbox");
        (cut.Find(".mud-avatar").ClassName ?? "").ShouldContain("warning");
    }

    [Fact]
    public void Form_errors_put_each_message_next_to_its_field_and_keep_general_failures_apart()
    {
        var errors = new FormErrors();
        errors.Take(OperationResult.Invalid("slug", "The slug 'demo' is already taken."), Localizer).ShouldBeFalse();
        errors.Has("slug").ShouldBeTrue();
        errors.For("slug").ShouldBe("The slug 'demo' is already taken.");
        errors.General.ShouldBeNull();

        errors.Take(OperationResult.Conflict("Someone else changed this."), Localizer).ShouldBeFalse();
        errors.General.ShouldBe("Someone else changed this.");
        errors.Has("slug").ShouldBeFalse();

        errors.Take(OperationResult.Success(), Localizer).ShouldBeTrue();
        errors.General.ShouldBeNull();
    }
}
