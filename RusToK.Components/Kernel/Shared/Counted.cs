namespace RusToK.Components.Kernel.Shared;

/// <summary>"1 user", "3 users": counts that read like a sentence.</summary>
public static class Counted
{
    public static string Of(int count, string singular, string? plural = null) =>
        $"{count} {(count == 1 ? singular : plural ?? singular + "s")}";

    /// <summary>"21–40 of 135" for the page a list shows.</summary>
    public static string Range<T>(RusToK.Domain.Kernel.Paging.Page<T> page) =>
        page.TotalCount == 0 ? "0" : $"{(page.PageNumber - 1) * page.PageSize + 1}–{(page.PageNumber - 1) * page.PageSize + page.Items.Count} / {page.TotalCount}";
}
