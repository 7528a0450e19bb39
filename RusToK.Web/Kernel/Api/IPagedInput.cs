namespace RusToK.Web.Kernel.Api;

/// <summary>An input with <c>page</c> and <c>pageSize</c> (query string in REST, arguments in GraphQL), clamped to sane values.</summary>
public interface IPagedInput
{
    int? Page { get; }

    int? PageSize { get; }
}
