using System.Net;
using Microsoft.Extensions.Localization;

namespace RusToK.Web.Kernel.Auth;

/// <summary>The one layout of the e-mails that carry a link (confirmation, password reset, invitation): greeting, line, link.</summary>
public static class LinkMailBody
{
    public static string Html(IStringLocalizer l, string displayName, string line, string link) =>
        $"<p>{WebUtility.HtmlEncode(l["Hello {0},", displayName])}</p><p>{WebUtility.HtmlEncode(line)}</p><p><a href=\"{link}\">{link}</a></p>";
}
