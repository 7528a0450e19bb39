using RusToK.Domain.Modules.Content;

namespace RusToK.Web.Modules.Content;

/// <summary>An item in a list: no body.</summary>
public sealed record ContentSummaryDto(
    Guid Id, string Type, string Language, string Slug, string Title, string Excerpt, string Status, Guid? CategoryId, string AuthorName,
    string? CoverImageUrl, DateTime? PublishedAt, DateTime? PublishAt, DateTime UpdatedAt, int ReadingMinutes)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static ContentSummaryDto From(ContentSummary s) => new(
        s.Id, s.Type, s.Language, s.Slug, s.Title, s.Excerpt, s.Status.ToString(), s.CategoryId, s.AuthorName, s.CoverImageUrl,
        s.PublishedAt, s.PublishAt, s.UpdatedAt, s.ReadingMinutes);
}
