using System.Net;
using RusToK.Testing;

namespace RusToK.Web.Tests.Modules;

/// <summary>Turning a module off hides its API and GraphQL for the tenant and keeps its data.</summary>
public abstract class ModuleSwitchingTests<TFactory>(TFactory app) : IClassFixture<TFactory>
    where TFactory : RusToKAppFactory
{
    [Fact]
    public async Task Disabled_module_hides_its_api_and_keeps_its_data_for_when_it_returns()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix);
        var owner = app.CreateClient().WithBearer(tenants.BetaToken);
        var beta = $"/t/beta{suffix}";

        (await owner.PostAsync($"{beta}/api/v1/modules/announcements/disable", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var hidden = await owner.GetAsync($"{beta}/api/v1/announcements");
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await hidden.JsonAsync())["detail"]!.GetValue<string>().ShouldContain("Announcements module is not enabled");
        var graph = await owner.GraphQLAsync("{ visibleAnnouncements { title } }", $"{beta}/graphql");
        graph["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("MODULE_DISABLED");

        (await owner.PostAsync($"{beta}/api/v1/modules/announcements/enable", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var back = await (await owner.GetAsync($"{beta}/api/v1/announcements")).JsonAsync();
        back["items"]!.AsArray().Select(i => i!["title"]!.GetValue<string>()).ShouldContain("Beta secret sale");
    }

    [Fact]
    public async Task Kernel_cannot_be_disabled_and_unknown_modules_are_not_found()
    {
        var admin = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        var kernel = await admin.PostAsync("/api/v1/modules/kernel/disable", null);
        kernel.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await kernel.JsonAsync())["errors"]!["module"]![0]!.GetValue<string>().ShouldContain("cannot be disabled");

        (await admin.PostAsync("/api/v1/modules/teleport/enable", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editor_role_manages_announcements_but_not_users_roles_or_modules()
    {
        var editor = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>());
        (await editor.GetAsync("/api/v1/announcements")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await editor.GetAsync("/api/v1/users")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.GetAsync("/api/v1/roles")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await editor.PostAsync("/api/v1/modules/announcements/disable", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var graph = await editor.GraphQLAsync("mutation { disableModule(name: \"announcements\") }");
        graph["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("FORBIDDEN");
    }
}

public sealed class ModuleSwitchingOnSqlite(SqliteAppFactory app) : ModuleSwitchingTests<SqliteAppFactory>(app);

public sealed class ModuleSwitchingOnMariaDb(MariaDbAppFactory app) : ModuleSwitchingTests<MariaDbAppFactory>(app);
