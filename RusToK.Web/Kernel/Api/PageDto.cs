using RusToK.Domain.Kernel.Paging;

namespace RusToK.Web.Kernel.Api;

/// <summary>A page of results as JSON: items plus where we are.</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages)
{
    public static PageDto<T> From<TSource>(Page<TSource> page, Func<TSource, T> map) =>
        new(page.Items.Select(map).ToList(), page.PageNumber, page.PageSize, page.TotalCount, page.TotalPages);
}
