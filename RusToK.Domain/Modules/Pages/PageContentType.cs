using RusToK.Domain.Modules.Content;

namespace RusToK.Domain.Modules.Pages;

/// <summary>Pages as a content type: listed as a tree at <c>admin/pages</c>, read at their path through their parents.</summary>
public sealed class PageContentType(PageService pages) : IContentTypeDefinition
{
    public string Type => PagesModule.PageType;

    public string DisplayName => "page";

    public string ListTitle => "Pages";

    public string AdminListPath => "admin/pages";

    public string AddressPrefix => "/";

    public async Task<string?> ReaderPathAsync(ContentItem item, CancellationToken ct = default) =>
        item.Status != ContentStatus.Published ? null : await pages.ReaderPathAsync(item.Id, ct);
}
