using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;

namespace RusToK.Domain.Modules.Blog;

/// <summary>A page of posts with what their cards show: category names, tags and their authors' profiles.</summary>
public sealed record BlogListing(
    Page<ContentSummary> Posts,
    IReadOnlyDictionary<Guid, Category> Categories,
    IReadOnlyDictionary<Guid, IReadOnlyList<Tag>> Tags,
    IReadOnlyDictionary<Guid, PersonProfile> Authors);
