namespace RusToK.Domain.Modules.Content;

/// <summary>Narrows a content list; every field is optional.</summary>
public sealed record ContentFilter(
    string? Type = null,
    ContentStatus? Status = null,
    string? Search = null,
    Guid? CategoryId = null,
    string? TagSlug = null,
    Guid? AuthorId = null,
    string? Language = null,
    DateTime? PublishedFrom = null,
    DateTime? PublishedBefore = null);
