namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// One search, already cleaned (<see cref="SearchText"/>): the words, the facets it is narrowed to, the language read
/// first, and the asker's permissions: public documents and those they may edit count, or with
/// <see cref="EditableOnly"/> (the admin's search) only those they may edit. The tenant is set by the capability, never by a reader.
/// </summary>
public sealed record SearchQuery(
    Guid TenantId,
    IReadOnlyList<string> Words,
    string? Type = null,
    string? Tag = null,
    string? Category = null,
    string? Language = null,
    string? PreferredLanguage = null,
    IReadOnlyList<string>? Permissions = null,
    bool EditableOnly = false,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance)
{
    public const int MaxPageSize = 50;

    /// <summary>Deep pages cost the engine more than anyone reads: 10,000 is refused, not served slowly.</summary>
    public const int MaxPage = 100;

    public int Skip => (Page - 1) * PageSize;
}
