using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Pages;

/// <summary>A page in the site tree with its full address (for example <c>about/team</c>) and depth.</summary>
public sealed record PageNode(ContentSummary Page, Guid? ParentId, string Path, int Depth)
{
    /// <summary>The top-level page at <see cref="PagesModule.HomeSlug"/>, which readers find at the site's root.</summary>
    public bool IsHome => Path == PagesModule.HomeSlug;
}
