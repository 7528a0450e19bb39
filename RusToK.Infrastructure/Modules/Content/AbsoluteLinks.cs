using AngleSharp.Html.Parser;

namespace RusToK.Infrastructure.Modules.Content;

/// <summary>
/// Rewrites a body's links and image addresses against the site's root. Bodies keep addresses relative to the site
/// (the page's base resolves them); a feed is read away from the site, so its copy of a body needs them absolute.
/// </summary>
public static class AbsoluteLinks
{
    private static readonly string[] AddressAttributes = ["href", "src"];

    public static string In(string html, string siteRoot)
    {
        if (!html.Contains("href=", StringComparison.Ordinal) && !html.Contains("src", StringComparison.Ordinal)) return html;
        var root = new Uri(siteRoot);
        var body = new HtmlParser().ParseDocument("<body>" + html + "</body>").Body;
        if (body is null) return html;
        foreach (var element in body.QuerySelectorAll("[href], [src], [srcset]"))
        {
            foreach (var name in AddressAttributes)
            {
                if (element.GetAttribute(name) is { } value) element.SetAttribute(name, Absolute(root, value));
            }

            if (element.GetAttribute("srcset") is { } srcset) element.SetAttribute("srcset", AbsoluteSrcset(root, srcset));
        }

        return body.InnerHtml;
    }

    // "media/a.webp 320w, media/b.webp 768w": each candidate is an address and an optional width or density.
    private static string AbsoluteSrcset(Uri root, string srcset) => string.Join(", ", srcset
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(candidate => candidate.Split(' ', 2) is [var url, var descriptor] ? $"{Absolute(root, url)} {descriptor}" : Absolute(root, candidate)));

    // An in-page anchor stays one; anything else resolves the way the site's own pages resolve it.
    private static string Absolute(Uri root, string value) =>
        value.StartsWith('#') || !Uri.TryCreate(root, value, out var absolute) ? value : absolute.AbsoluteUri;
}
