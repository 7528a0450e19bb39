using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Domain.Modules.Blog;

/// <summary>What a post page shows around the post itself; it changes only when posts, tags or categories do.</summary>
public sealed record PostSurroundings(Category? Category, IReadOnlyList<Tag> Tags, ContentSummary? Previous, ContentSummary? Next, IReadOnlyList<ContentSummary> Translations);
