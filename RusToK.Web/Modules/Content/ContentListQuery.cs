using RusToK.Domain.Modules.Content;

namespace RusToK.Web.Modules.Content;

/// <summary>Filters from the query string: <c>?type=post&amp;status=Published&amp;search=rust&amp;tag=dotnet</c>.</summary>
public readonly record struct ContentListQuery(string? Type, ContentStatus? Status, string? Search, Guid? Category, string? Tag, string? Language)
{
    public ContentFilter ToFilter() => new(Type, Status, Search, Category, Tag, Language: Language);
}
