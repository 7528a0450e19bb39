namespace RusToK.Domain.Modules.Content;

/// <summary>Turns a stored item back into the input that would produce it (for editors and restore).</summary>
public static class ContentInputs
{
    public static ContentInput From(ContentItem item, IReadOnlyList<string> tags) => new(
        item.Title, item.Slug, item.Body, item.BodyFormat, item.Excerpt, item.Type, item.Language, item.CategoryId, tags,
        item.CoverImageUrl, item.CoverImageAlt, item.MetaTitle, item.MetaDescription, item.ParentId, item.Position);
}
