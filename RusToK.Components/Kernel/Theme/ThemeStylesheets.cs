using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MudBlazor;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Theme;

/// <summary>
/// The style sheet MudBlazor's theme provider writes for a tenant's colours, rendered once per colour and mode and
/// reused. The storefront renders statically, where a live theme provider rebuilt the palette on every page view and
/// then failed (quietly, but at the price of an exception) to detach from browser script that never ran.
/// </summary>
public sealed class ThemeStylesheets(IServiceScopeFactory scopes, ILoggerFactory loggers) : IDisposable
{
    private readonly MemoryCache _html = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    public async Task<string> HtmlAsync(TenantTheme? theme, bool dark)
    {
        var key = (theme?.PrimaryColor ?? TenantTheme.Default.PrimaryColor, dark);
        if (_html.TryGetValue(key, out string? cached) && cached is not null) return cached;

        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = RusToKTheme.For(theme),
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            });
            return (await renderer.RenderComponentAsync<MudThemeProvider>(parameters)).ToHtmlString();
        });
        _html.Set(key, html, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return html;
    }

    public void Dispose() => _html.Dispose();
}
