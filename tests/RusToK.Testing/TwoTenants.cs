using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RusToK.Testing;

/// <summary>
/// Two tenants, "alpha" and "beta", each with an owner who can sign in, and each with one announcement.
/// Built once per fixture through the public API, as a platform operator would.
/// </summary>
public sealed class TwoTenants
{
    public const string Password = "Owner123!";

    public required Guid AlphaId { get; init; }
    public required Guid BetaId { get; init; }
    public required string AlphaToken { get; init; }
    public required string BetaToken { get; init; }
    public required Guid BetaAnnouncementId { get; init; }
    public required Guid BetaOwnerId { get; init; }
    public required Guid BetaEditorRoleId { get; init; }

    public static async Task<TwoTenants> CreateAsync(RusToKAppFactory app, string suffix, params string[] modules)
    {
        var platform = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = app.ClientOptions.BaseAddress });
        var admin = await platform.TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo");
        platform.WithBearer(admin["accessToken"]!.GetValue<string>());

        async Task<(Guid Id, string Token, Guid OwnerId)> TenantAsync(string slug)
        {
            var created = await platform.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = slug.ToUpperInvariant(), hosts = new[] { $"{slug}.test" }, modules = modules.Length > 0 ? modules : ["announcements"] });
            var tenant = await created.JsonAsync();
            ((int)created.StatusCode).ShouldBe(201, tenant.ToJsonString());
            var id = tenant["id"]!.GetValue<Guid>();
            var user = await platform.PostAsJsonAsync($"/t/{slug}/api/v1/users", new { email = $"owner@{slug}.test", displayName = $"Owner of {slug}", roles = new[] { "Owner" }, password = Password });
            var userBody = await user.JsonAsync();
            ((int)user.StatusCode).ShouldBe(201, userBody.ToJsonString());
            var token = await app.CreateClient().TokenAsync($"owner@{slug}.test", Password, slug);
            return (id, token["accessToken"]!.GetValue<string>(), userBody["id"]!.GetValue<Guid>());
        }

        var alpha = await TenantAsync("alpha" + suffix);
        var beta = await TenantAsync("beta" + suffix);

        var betaClient = app.CreateClient().WithBearer(beta.Token);
        var announcement = await (await betaClient.PostAsJsonAsync($"/t/beta{suffix}/api/v1/announcements", new { title = "Beta secret sale" })).JsonAsync();
        var roles = await (await betaClient.GetAsync($"/t/beta{suffix}/api/v1/roles")).JsonAsync();
        var editorRole = roles.AsArray().First(r => r!["name"]!.GetValue<string>() == "Editor")!["id"]!.GetValue<Guid>();

        return new TwoTenants
        {
            AlphaId = alpha.Id,
            BetaId = beta.Id,
            AlphaToken = alpha.Token,
            BetaToken = beta.Token,
            BetaAnnouncementId = announcement["id"]!.GetValue<Guid>(),
            BetaOwnerId = beta.OwnerId,
            BetaEditorRoleId = editorRole,
        };
    }
}
