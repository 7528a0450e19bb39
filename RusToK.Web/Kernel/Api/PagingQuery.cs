namespace RusToK.Web.Kernel.Api;

/// <summary>Page and size alone (<c>?page=2&amp;pageSize=50</c>), for lists without filters.</summary>
public readonly record struct PagingQuery(int? Page, int? PageSize) : IPagedInput;
