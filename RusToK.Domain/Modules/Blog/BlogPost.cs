using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Domain.Modules.Blog;

/// <summary>One published post as its page shows it, with its neighbours in publication order, its published translations and its author's profile.</summary>
public sealed record BlogPost(
    ContentItem Item,
    Category? Category,
    IReadOnlyList<Tag> Tags,
    ContentSummary? Previous,
    ContentSummary? Next,
    IReadOnlyList<ContentSummary> Translations,
    PersonProfile? Author);
