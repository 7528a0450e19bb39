namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// One search, already cleaned (<see cref="SearchText"/>): the words, the facets it is narrowed to, the language read
/// first, and whether documents only editors may see count. The tenant is set by the capability, never by a reader.
/// </summary>
public sealed record SearchQuery(
    Guid TenantId,
    IReadOnlyList<string> Words,
    string? Type = null,
    string? Tag = null,
    string? Category = null,
    string? Language = null,
    string? PreferredLanguage = null,
    bool IncludeNonPublic = false,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance)
{
    public const int MaxPageSize = 50;

    /// <summary>Deep pages cost the engine more than anyone reads: 10,000 is refused, not served slowly.</summary>
    public const int MaxPage = 100;

    public int Skip => (Page - 1) * PageSize;
}
