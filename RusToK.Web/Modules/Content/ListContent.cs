using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Modules.Content;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Content;

/// <summary>Filters and page: <c>?type=post&amp;status=Published&amp;search=rust&amp;tag=dotnet&amp;page=2</c>.</summary>
public sealed record ListContent(
    [FromQuery] string? Type,
    [FromQuery] ContentStatus? Status,
    [FromQuery] string? Search,
    [FromQuery] Guid? Category,
    [FromQuery] string? Tag,
    [FromQuery] string? Language,
    [FromQuery] int? Page,
    [FromQuery] int? PageSize) : IPagedInput
{
    public ContentFilter ToFilter() => new(Type, Status, Search, Category, Tag, Language: Language);
}
