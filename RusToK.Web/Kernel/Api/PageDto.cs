using System.Collections;
using RusToK.Domain.Kernel.Paging;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.Api;

/// <summary>A page of results as JSON: items plus where we are (in GraphQL, the items alone).</summary>
public sealed record PageDto<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages) : IPageOfItems
{
    IEnumerable IPageOfItems.Items => Items;

    public static PageDto<T> From<TSource>(Page<TSource> page, Func<TSource, T> map) =>
        new(page.Items.Select(map).ToList(), page.PageNumber, page.PageSize, page.TotalCount, page.TotalPages);
}
