using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using RusToK.Components.Kernel.Shared;
using RusToK.Components.Kernel.Theme;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Tenancy;
using RusToK.Testing;

namespace RusToK.Web.Tests.Admin;

/// <summary>
/// Renders admin components on the services of a running host, in the demo tenant, signed in as a demo user: the
/// component talks to the real database as it does in a circuit.
/// </summary>
public sealed class AdminComponentHost : IAsyncDisposable
{
    private readonly BunitContext _bunit = new();
    private AsyncServiceScope _scope;

    public Task<AuthenticationState> User { get; private set; } = default!;

    public static async Task<AdminComponentHost> StartAsync(RusToKAppFactory app, string email)
    {
        var host = new AdminComponentHost();
        host._scope = await DemoScopeAsync(app);
        var users = host._scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principal = await host._scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync((await users.FindByEmailAsync(email))!);
        host.User = Task.FromResult(new AuthenticationState(principal));
        host._bunit.Services.AddMudServices();
        // bUnit's own container answers every IEnumerable<T> (empty) before the fallback is asked: copy the host's contributions.
        foreach (var picker in host._scope.ServiceProvider.GetServices<ImagePicker>()) host._bunit.Services.AddSingleton(picker);
        host._bunit.Services.AddFallbackServiceProvider(host._scope.ServiceProvider);
        host._bunit.JSInterop.Mode = JSRuntimeMode.Loose;
        return host;
    }

    /// <summary>A service scope in the demo tenant, as a request to it would have.</summary>
    public static async Task<AsyncServiceScope> DemoScopeAsync(RusToKAppFactory app)
    {
        var demo = await app.Services.GetRequiredService<TenantStore>().FindBySlugAsync("demo");
        return await app.Services.GetRequiredService<TenantScopeFactory>().CreateAsync(demo!.Id);
    }

    public IRenderedComponent<T> RenderSignedIn<T>() where T : Microsoft.AspNetCore.Components.IComponent =>
        _bunit.Render<T>(p => p.AddCascadingValue(User).AddCascadingValue(new UiPreferences(false, "en")));

    public async ValueTask DisposeAsync()
    {
        await _bunit.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
