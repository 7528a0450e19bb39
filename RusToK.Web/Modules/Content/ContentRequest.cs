using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;

namespace RusToK.Web.Modules.Content;

/// <summary>
/// Create or save a content item. The slug is made from the title when left empty. On save, send the
/// <c>ConcurrencyStamp</c> you read: if someone saved in between, the answer is 409 and nothing is overwritten.
/// </summary>
public sealed record ContentRequest(
    [property: Required, MaxLength(ContentItem.MaxTitleLength)] string Title,
    string? Slug = null,
    [property: MaxLength(ContentItem.MaxBodyLength)] string? Body = null,
    BodyFormat BodyFormat = BodyFormat.Markdown,
    [property: MaxLength(ContentItem.MaxExcerptLength)] string? Excerpt = null,
    string Type = ContentTypes.Article,
    string Language = "en",
    Guid? CategoryId = null,
    IReadOnlyList<string>? Tags = null,
    string? CoverImageUrl = null,
    string? CoverImageAlt = null,
    string? MetaTitle = null,
    string? MetaDescription = null,
    Guid? ParentId = null,
    int Position = 0,
    Guid? ConcurrencyStamp = null)
{
    public ContentInput ToInput() => new(
        Title, Slug, Body, BodyFormat, Excerpt, Type, Language, CategoryId, Tags, CoverImageUrl, CoverImageAlt, MetaTitle, MetaDescription, ParentId, Position);
}
