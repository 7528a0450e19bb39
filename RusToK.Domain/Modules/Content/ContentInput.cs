using RusToK.Domain.Kernel.Text;
namespace RusToK.Domain.Modules.Content;

/// <summary>What an editor fills in; the same shape for the admin editor, REST and GraphQL.</summary>
public sealed record ContentInput(
    string Title,
    string? Slug,
    string? Body,
    BodyFormat BodyFormat = BodyFormat.Markdown,
    string? Excerpt = null,
    string Type = ContentTypes.Article,
    string Language = "en",
    Guid? CategoryId = null,
    IReadOnlyList<string>? Tags = null,
    string? CoverImageUrl = null,
    string? CoverImageAlt = null,
    string? MetaTitle = null,
    string? MetaDescription = null,
    Guid? ParentId = null,
    int Position = 0);
