using Microsoft.Extensions.Localization;

namespace RusToK.Components.Kernel.Shared;

/// <summary>"just now", "5 minutes ago", "3 hours ago"; older than a day, the date and time in the reader's zone.</summary>
public static class RelativeTime
{
    public static string Of(IStringLocalizer localizer, DateTime utc, DateTime nowUtc, BrowserTime zone)
    {
        var age = nowUtc - utc;
        if (age < TimeSpan.FromMinutes(1)) return localizer["just now"];
        if (age < TimeSpan.FromHours(1)) return Counted.Of(localizer, (int)age.TotalMinutes, "{0} minute ago|{0} minutes ago");
        if (age < TimeSpan.FromDays(1)) return Counted.Of(localizer, (int)age.TotalHours, "{0} hour ago|{0} hours ago");
        return zone.Format(utc);
    }
}
