using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Pages;

/// <summary>Pages as a content type: listed as a tree at <c>admin/pages</c>, read at their path through their parents.</summary>
public sealed class PageContentType(PageService pages, IReservedPaths reserved) : IContentTypeDefinition
{
    public string Type => PagesModule.PageType;

    public string Module => PagesModule.ModuleName;

    public string DisplayName => "page";

    public string ListTitle => "Pages";

    public string AdminListPath => "admin/pages";

    public string AddressPrefix => "/";

    // A top-level page answers at /{slug}, where the platform's and the modules' own addresses live.
    public string? RefusedAddress(string slug, Guid? parentId) =>
        parentId is null && reserved.IsReserved(slug) ? $"The address \"/{slug}\" belongs to the site itself. Choose another address." : null;

    public async Task<string?> ReaderPathAsync(ContentItem item, CancellationToken ct = default) =>
        item.Status != ContentStatus.Published ? null : await pages.ReaderPathAsync(item.Id, ct);
}
