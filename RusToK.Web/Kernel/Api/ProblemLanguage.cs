using System.Globalization;
using Microsoft.Extensions.Localization;
using RusToK.Components.Kernel.Localization;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Every ProblemDetails the API writes, in the request's language: its title, detail and field messages are English
/// keys of the shared strings (formatted ones matched against their format strings, as use-case messages are).
/// One place for all of them, so an endpoint keeps writing plain English; type, status, codes and field names stay.
/// </summary>
public static class ProblemLanguage
{
    public static void Translate(ProblemDetailsContext context)
    {
        if (IsEnglish) return;
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var problem = context.ProblemDetails;
        if (problem.Title is { } title) problem.Title = Title(l, title);
        if (problem.Detail is { } detail) problem.Detail = l.Translate(detail);
        if (problem is not HttpValidationProblemDetails validation) return;
        foreach (var field in validation.Errors.Keys.ToList()) validation.Errors[field] = [.. validation.Errors[field].Select(l.Translate)];
    }

    /// <summary>An English text in the current UI language; English (what the texts are written in) stays exactly as written.</summary>
    public static string Translate(IStringLocalizer l, string text) => IsEnglish ? text : l.Translate(text);

    private static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    // A resource file keeps one of two keys that differ only in case, so a status's own phrase ("Not Found",
    // "Too Many Requests") is found under the API's title for it ("Not found", "Too many requests").
    private static string Title(IStringLocalizer l, string title)
    {
        var exact = l[title];
        if (!exact.ResourceNotFound || title.Length == 0) return exact.Value;
        var sentence = l[title[..1] + title[1..].ToLowerInvariant()];
        return sentence.ResourceNotFound ? title : sentence.Value;
    }
}
