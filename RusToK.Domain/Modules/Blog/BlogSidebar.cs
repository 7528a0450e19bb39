using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Domain.Modules.Blog;

/// <summary>What the blog's side column lists: categories, popular tags and months with posts.</summary>
public sealed record BlogSidebar(IReadOnlyList<CategoryNode> Categories, IReadOnlyList<TagSummary> Tags, IReadOnlyList<ArchiveMonth> Months);
