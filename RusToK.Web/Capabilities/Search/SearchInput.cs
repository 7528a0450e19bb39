using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Capabilities.Search;

namespace RusToK.Web.Capabilities.Search;

/// <summary>
/// <c>?q=espresso&amp;type=post&amp;tag=summer&amp;category=recipes&amp;language=en&amp;page=1&amp;pageSize=10&amp;sort=newest</c>;
/// with <c>editable=true</c>, only what the caller may edit (drafts included).
/// </summary>
public sealed record SearchInput(
    [FromQuery] string? Q, [FromQuery] string? Type, [FromQuery] string? Tag, [FromQuery] string? Category, [FromQuery] string? Language,
    [FromQuery] int? Page, [FromQuery] int? PageSize, [FromQuery] SearchSort? Sort, [FromQuery] bool? Editable)
{
    public SearchRequest ToRequest() => new(Q, Type, Tag, Category, Language, Page ?? 1, PageSize ?? 10, Sort ?? SearchSort.Relevance);
}
