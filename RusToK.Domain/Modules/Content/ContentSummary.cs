namespace RusToK.Domain.Modules.Content;

/// <summary>An item as lists show it: everything but the body, so a page of 20 stays small.</summary>
public sealed record ContentSummary(
    Guid Id,
    string Type,
    string Language,
    string Slug,
    string Title,
    string Excerpt,
    ContentStatus Status,
    Guid? CategoryId,
    Guid? AuthorId,
    string AuthorName,
    string? CoverImageUrl,
    string? CoverImageAlt,
    DateTime? PublishedAt,
    DateTime? PublishAt,
    DateTime UpdatedAt,
    int WordCount)
{
    public int ReadingMinutes => ReadingTime.Minutes(WordCount);
}
