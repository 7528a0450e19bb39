using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Site;

/// <summary><c>/theme/light.css</c> and <c>/theme/dark.css</c>: the current site's theme as a style sheet for static pages.</summary>
public static class ThemeEndpoints
{
    public static void MapThemeStylesheets(this IEndpointRouteBuilder app) =>
        app.MapGet("/theme/{mode:regex(^(light|dark)$)}.css", async (string mode, string? v, HttpResponse response, ITenantContext tenant, ThemeStylesheets sheets) =>
        {
            var theme = tenant.Current?.Theme;
            var dark = mode == "dark";
            // The address carries the version: a current one may be kept for a year, an old or missing one only briefly
            // (a page cached before the colour changed still gets today's colours).
            response.Headers.CacheControl = v == ThemeStylesheets.Version(theme, dark) ? "public, max-age=31536000, immutable" : "public, max-age=60";
            return Results.Text(await sheets.CssAsync(theme, dark), "text/css; charset=utf-8");
        }).ExcludeFromDescription();
}
