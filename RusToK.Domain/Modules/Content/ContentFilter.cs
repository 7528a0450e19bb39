namespace RusToK.Domain.Modules.Content;

/// <summary>
/// Narrows a content list; every field is optional. <see cref="ReaderLanguage"/> keeps one version per address: the
/// reader's language where the item has one, otherwise whatever versions it has (a post nobody translated yet).
/// </summary>
public sealed record ContentFilter(
    string? Type = null,
    ContentStatus? Status = null,
    string? Search = null,
    Guid? CategoryId = null,
    string? TagSlug = null,
    Guid? AuthorId = null,
    string? Language = null,
    DateTime? PublishedFrom = null,
    DateTime? PublishedBefore = null,
    string? ReaderLanguage = null);
