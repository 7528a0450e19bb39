using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
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
/// served as a file the browser keeps (<c>theme/light.css?v=…</c>). The storefront renders statically, where a live
/// theme provider rebuilt the palette on every page view; inlined, the same 12 KB travelled with every page.
/// </summary>
public sealed partial class ThemeStylesheets(IServiceScopeFactory scopes, ILoggerFactory loggers) : IDisposable
{
    // A new build may change the CSS for the same colour: the version folds it in, so browsers fetch it again.
    private static readonly string Build = typeof(ThemeStylesheets).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly MemoryCache _css = new(new MemoryCacheOptions { SizeLimit = 2_000 });

    /// <summary>The site-relative address of the style sheet; it changes whenever the CSS would.</summary>
    public static string Href(TenantTheme? theme, bool dark) =>
        $"theme/{(dark ? "dark" : "light")}.css?v={Version(theme, dark)}";

    public static string Version(TenantTheme? theme, bool dark) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{Build}|{ColourOf(theme)}|{dark}")))[..12];

    public async Task<string> CssAsync(TenantTheme? theme, bool dark)
    {
        var key = (ColourOf(theme), dark);
        if (_css.TryGetValue(key, out string? cached) && cached is not null) return cached;

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
        // The provider writes a few style elements (scrollbars, charts, the palette); their contents are the sheet.
        var css = string.Join("\n", StyleElement().Matches(html).Select(m => m.Groups["css"].Value.Trim()));
        _css.Set(key, css, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return css;
    }

    public void Dispose() => _css.Dispose();

    private static string ColourOf(TenantTheme? theme) => theme?.PrimaryColor ?? TenantTheme.Default.PrimaryColor;

    [GeneratedRegex(@"<style[^>]*>(?<css>.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleElement();
}
