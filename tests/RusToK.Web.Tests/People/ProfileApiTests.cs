using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Identity;
using RusToK.Testing;
using RusToK.Web.Tests.Admin;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.People;

/// <summary>A person reads and edits their own profile over REST and GraphQL; bad input is refused per field.</summary>
public sealed class ProfileApiTests(MariaDbAppFactory app) : IClassFixture<MariaDbAppFactory>
{
    [Fact]
    public async Task The_demo_editor_s_profile_has_a_name_a_picture_and_a_bio()
    {
        var profile = await (await (await DemoEditorAsync(app)).GetAsync("/api/v1/me/profile")).JsonAsync();

        profile["displayName"]!.GetValue<string>().ShouldBe("Demo Editor");
        profile["avatarUrl"]!.GetValue<string>().ShouldBe("/demo/avatar-editor.svg");
        profile["bio"]!.GetValue<string>().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_saved_profile_is_what_the_next_read_returns_over_either_api()
    {
        var client = await SignedInAsync();

        var saved = await client.PutAsJsonAsync("/api/v1/me/profile", new { displayName = "  Anna Writer ", avatarUrl = "/media/abc/original.png", bio = "Writes about tea." });
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        var read = await client.GraphQLAsync("{ profile { displayName avatarUrl bio } }");

        read["data"]!["profile"]!["displayName"]!.GetValue<string>().ShouldBe("Anna Writer");
        read["data"]!["profile"]!["avatarUrl"]!.GetValue<string>().ShouldBe("/media/abc/original.png");
        read["data"]!["profile"]!["bio"]!.GetValue<string>().ShouldBe("Writes about tea.");
    }

    [Theory]
    [InlineData("", null, null, "displayName")]
    [InlineData("x81", null, null, "displayName")]
    [InlineData("Anna", "javascript:alert(1)", null, "avatarUrl")]
    [InlineData("Anna", null, "x501", "bio")]
    public async Task A_profile_that_breaks_a_rule_is_refused_naming_the_field(string name, string? avatar, string? bio, string field)
    {
        var client = await SignedInAsync();

        var response = await client.PutAsJsonAsync("/api/v1/me/profile", new { displayName = Expand(name), avatarUrl = avatar, bio = Expand(bio) });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.JsonAsync())["errors"]![field].ShouldNotBeNull();
        (await client.GetFromJsonAsync<JsonObject>("/api/v1/me/profile"))!["displayName"]!.GetValue<string>().ShouldBe("Writer");
    }

    [Fact]
    public async Task GraphQL_refuses_a_blank_name_with_a_coded_error_on_the_field()
    {
        var client = await SignedInAsync();

        var answer = await client.GraphQLAsync("mutation { updateProfile(displayName: \"   \") { displayName } }");

        answer["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe("VALIDATION");
        answer["errors"]![0]!["extensions"]!["fields"]!["displayName"].ShouldNotBeNull();
    }

    [Fact]
    public async Task Nobody_reads_a_profile_without_signing_in()
    {
        (await app.CreateClient().GetAsync("/api/v1/me/profile")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Another_tenant_s_people_are_not_found_from_this_tenant()
    {
        var tenants = await TwoTenants.CreateAsync(app, "prof");
        await using var scope = await AdminComponentHost.DemoScopeAsync(app);
        var profiles = scope.ServiceProvider.GetRequiredService<IProfileDirectory>();

        (await profiles.FindAsync(tenants.BetaOwnerId)).ShouldBeNull();
        (await profiles.UpdateAsync(tenants.BetaOwnerId, new ProfileInput("Hijacked", null, null))).Failure.ShouldBe(Domain.Kernel.Results.FailureKind.NotFound);
    }

    private static string? Expand(string? value) => value is ['x', .. var digits] && int.TryParse(digits, out var n) ? new string('x', n) : value;

    // A fresh person per test, so one test's saved profile is not another's starting point.
    private async Task<HttpClient> SignedInAsync()
    {
        var email = $"writer-{Guid.NewGuid():N}@demo.local";
        var platform = app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>());
        var created = await platform.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Writer", roles = new[] { "Editor" }, password = "Writer123!" });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        return app.CreateClient().WithBearer((await app.CreateClient().TokenAsync(email, "Writer123!", "demo"))["accessToken"]!.GetValue<string>());
    }
}
