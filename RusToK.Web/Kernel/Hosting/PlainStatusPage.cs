using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Theme;
using RusToK.Web.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>
/// An answer written without the app's layout, for moments when the layout cannot be trusted to render (unknown or
/// suspended site, database down, too many attempts): ProblemDetails for programs, a small self-contained page in
/// the reader's language for people.
/// </summary>
public static class PlainStatusPage
{
    /// <summary>Writes the answer; <paramref name="title"/> and <paramref name="detail"/> are English keys of the shared strings.</summary>
    public static async Task WriteAsync(HttpContext http, int status, string title, string detail, params object[] args)
    {
        http.Response.StatusCode = status;
        if (TenantResolutionMiddleware.IsApiPath(http.Request.Path) || http.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal))
        {
            await Results.Problem(title: title, detail: string.Format(CultureInfo.InvariantCulture, detail, args), statusCode: status).ExecuteAsync(http);
            return;
        }

        // This may run before request localization (tenant resolution) or after it failed, so the culture is read here.
        var culture = Culture(http);
        CultureInfo.CurrentUICulture = culture;
        var l = http.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var heading = WebUtility.HtmlEncode(l[title]);
        var text = WebUtility.HtmlEncode(l[detail, args]);
        // The reader's own choice of theme when they made one, else their system's.
        var dark = http.Request.Cookies[UiPreferences.DarkModeCookie] switch
        {
            "1" => "body{background:#14151a;color:#e6e6ea}",
            "0" => "",
            _ => "@media (prefers-color-scheme:dark){body{background:#14151a;color:#e6e6ea}}",
        };
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync($$$"""
            <!DOCTYPE html><html lang="{{{culture.TwoLetterISOLanguageName}}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{{heading}}}</title>
            <style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;background:#f7f7fa;color:#1f2330}
            main{max-width:520px;padding:2rem;text-align:center}h1{font-size:1.6rem}{{{dark}}}</style>
            </head><body><main><h1>{{{heading}}}</h1><p>{{{text}}}</p></main></body></html>
            """);
    }

    private static CultureInfo Culture(HttpContext http)
    {
        var chosen = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name
            ?? CookieRequestCultureProvider.ParseCookieValue(http.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName] ?? "")?.UICultures.FirstOrDefault().Value
            ?? http.Request.Headers.AcceptLanguage.ToString();
        return chosen.StartsWith("ru", StringComparison.OrdinalIgnoreCase) ? CultureInfo.GetCultureInfo("ru") : CultureInfo.GetCultureInfo("en");
    }
}
