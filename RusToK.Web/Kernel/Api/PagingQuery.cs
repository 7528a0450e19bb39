using RusToK.Domain.Kernel.Paging;

namespace RusToK.Web.Kernel.Api;

/// <summary>Page and size from the query string (<c>?page=2&amp;pageSize=50</c>), clamped to sane values.</summary>
public readonly record struct PagingQuery(int? Page, int? PageSize)
{
    public PageRequest ToRequest() => new(Page ?? 1, PageSize ?? 20);
}
