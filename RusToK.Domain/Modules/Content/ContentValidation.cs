using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Content;

/// <summary>The rules an item must meet before it is saved, including those that need the database (unique slug, existing category).</summary>
public static partial class ContentValidation
{
    public static async Task<Validator> ValidateAsync(IAppDbContext db, Guid? id, ContentInput input, IReadOnlyList<string> tags, ContentTypeCatalog types, CancellationToken ct)
    {
        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.From(input.Title) : input.Slug.Trim();
        var validator = new Validator()
            .Required("title", input.Title, "Title")
            .MaxLength("title", input.Title?.Trim(), ContentItem.MaxTitleLength, "Title")
            .Must(string.IsNullOrWhiteSpace(input.Title) || Slug.IsValid(slug), "slug", string.IsNullOrWhiteSpace(input.Slug) ? "Enter an address (slug): the title has no letters to make one from." : Slug.Rule)
            .Must(TypeName().IsMatch(input.Type ?? ""), "type", "Type must be a short lower-case name such as post or page.")
            .Must(LanguageCode().IsMatch(input.Language ?? ""), "language", "Language must be a code such as en or ru.")
            .MaxLength("body", input.Body, ContentItem.MaxBodyLength, "Body")
            .MaxLength("excerpt", input.Excerpt, ContentItem.MaxExcerptLength, "Excerpt")
            .MaxLength("coverImageAlt", input.CoverImageAlt, ContentItem.MaxAltLength, "Alt text")
            .MaxLength("metaTitle", input.MetaTitle, ContentItem.MaxMetaTitleLength, "Meta title")
            .MaxLength("metaDescription", input.MetaDescription, ContentItem.MaxMetaDescriptionLength, "Meta description")
            .Must(Enum.IsDefined(input.BodyFormat), "bodyFormat", "Body format must be Markdown or Html.")
            .Must(IsSafeUrl(input.CoverImageUrl), "coverImageUrl", "Cover image must be an http(s) address or a path on this site.");
        TagNames.Validate(tags, validator);
        if (!validator.IsValid) return validator;

        var type = input.Type!.Trim().ToLowerInvariant();
        var language = input.Language!.Trim().ToLowerInvariant();
        if (types.For(type).RefusedAddress(slug, input.ParentId) is { } refusal)
        {
            validator.Add("slug", refusal);
            return validator;
        }

        if (await db.ContentItems.AnyAsync(i => i.Type == type && i.Language == language && i.Slug == slug && i.Id != id, ct))
        {
            validator.Add("slug", $"Another {type} in this language already uses the address \"{slug}\".");
        }

        if (input.CategoryId is { } categoryId && !await db.Categories.AnyAsync(c => c.Id == categoryId, ct))
        {
            validator.Add("categoryId", "Choose an existing category.");
        }

        if (input.ParentId is { } parentId && (parentId == id || !await db.ContentItems.AnyAsync(i => i.Id == parentId && i.Type == type, ct)))
        {
            validator.Add("parentId", $"Choose another existing {type} as the parent.");
        }

        return validator;
    }

    /// <summary>A safe address (<see cref="SafeUrl"/>) no longer than a content item keeps.</summary>
    public static bool IsSafeUrl(string? url) => (url?.Length ?? 0) <= ContentItem.MaxUrlLength && SafeUrl.IsSafe(url);

    [GeneratedRegex("^[a-z][a-z0-9-]{0,19}$")]
    private static partial Regex TypeName();

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,4})?$")]
    private static partial Regex LanguageCode();
}
