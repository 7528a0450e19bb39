using RusToK.Domain.Kernel.Paging;

namespace RusToK.Web.Kernel.Api;

/// <summary>Reads the page asked for, 20 to a page unless told.</summary>
public static class PagedInputs
{
    public static PageRequest ToRequest(this IPagedInput input, int defaultSize = 20) => new(input.Page ?? 1, input.PageSize ?? defaultSize);
}
