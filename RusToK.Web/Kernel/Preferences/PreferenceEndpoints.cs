using Microsoft.AspNetCore.Localization;
using RusToK.Components.Kernel.Theme;

namespace RusToK.Web.Kernel.Preferences;

/// <summary><c>GET /ui/preferences</c>: stores dark mode and language in cookies and goes back to the page.</summary>
public static class PreferenceEndpoints
{
    public static void MapPreferenceEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ui/preferences", (HttpContext http, string? dark, string? culture, string? returnUrl) =>
        {
            var cookie = new CookieOptions { Path = "/", MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true };
            if (dark is "0" or "1") http.Response.Cookies.Append(UiPreferences.DarkModeCookie, dark, cookie);
            if (culture is not null && UiPreferences.Cultures.Any(c => c.Code == culture))
            {
                http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)), cookie);
            }

            // Only local paths: never an open redirect.
            var target = returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/";
            return Results.LocalRedirect(http.Request.PathBase + target);
        }).ExcludeFromDescription();
    }

    public static UiPreferences Read(HttpContext http)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return new UiPreferences(http.Request.Cookies[UiPreferences.DarkModeCookie] == "1", culture == "ru" ? "ru" : "en");
    }
}
