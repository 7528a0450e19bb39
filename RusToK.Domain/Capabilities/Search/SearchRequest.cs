namespace RusToK.Domain.Capabilities.Search;

/// <summary>A search as someone asks for it, before it is checked and cleaned: what they typed and how they narrow it.</summary>
public sealed record SearchRequest(
    string? Text,
    string? Type = null,
    string? Tag = null,
    string? Category = null,
    string? Language = null,
    int Page = 1,
    int PageSize = 10,
    SearchSort Sort = SearchSort.Relevance);
