using System.Globalization;
using Microsoft.Extensions.Localization;

namespace RusToK.Components.Kernel.Shared;

/// <summary>
/// "1 user", "3 users": counts that read like a sentence in the reader's language.
/// A counted noun's key is its English forms, singular and plural, joined by "|": <c>"{0} tenant|{0} tenants"</c>.
/// The Russian translation lists the three forms Russian needs, also joined by "|": for one (1, 21, 101), for a few
/// (2–4, 22–24) and for many (0, 5–20, 25–30, 111): <c>"{0} арендатор|{0} арендатора|{0} арендаторов"</c>.
/// </summary>
public static class Counted
{
    public static string Of(IStringLocalizer localizer, int count, string forms)
    {
        var variants = localizer[forms].Value.Split('|');
        var form = variants.Length switch
        {
            3 => variants[RussianForm(count)],
            2 => variants[count == 1 ? 0 : 1],
            _ => variants[0],
        };
        return string.Format(CultureInfo.CurrentCulture, form, count.ToString("N0", CultureInfo.CurrentCulture));
    }

    /// <summary>0 for one (1, 21, 101…), 1 for a few (2–4, 22–24…), 2 for many (0, 5–20, 111…).</summary>
    public static int RussianForm(int count)
    {
        var n = Math.Abs(count);
        if (n % 100 is >= 11 and <= 14) return 2;
        return (n % 10) switch
        {
            1 => 0,
            >= 2 and <= 4 => 1,
            _ => 2,
        };
    }

    /// <summary>"21–40 / 135" for the page a list shows.</summary>
    public static string Range<T>(RusToK.Domain.Kernel.Paging.Page<T> page) =>
        page.TotalCount == 0 ? "0" : string.Format(CultureInfo.CurrentCulture, "{0:N0}–{1:N0} / {2:N0}",
            (page.PageNumber - 1) * page.PageSize + 1, (page.PageNumber - 1) * page.PageSize + page.Items.Count, page.TotalCount);
}
