using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Modules.Content.Search;

/// <summary>
/// Content's documents for search: every item of every type (posts, pages, and what later modules define), public once
/// readers can open it, otherwise found only by its editors with the editor's address. Tags and the category by slug.
/// </summary>
public sealed class ContentSearchDocuments(IAppDbContextFactory dbFactory, TagService tags, ContentTypeCatalog types, IContentRenderer renderer) : ISearchDocumentSource
{
    public string EntityType => ContentTypes.EntityType;

    public async Task<SearchDocument?> DocumentAsync(Guid id, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        return item is null ? null : await DocumentOfAsync(db, item, ct);
    }

    public IAsyncEnumerable<Guid> IdsAsync(CancellationToken ct) => EntityIds.InPagesAsync(dbFactory, db => db.ContentItems.Select(e => e.Id), ct);

    public string EditorPath(Guid id) => $"admin/content/{id}";

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(string facet, IReadOnlyCollection<string> values, CancellationToken ct)
    {
        if (facet == SearchFacets.Type) return values.Select(types.Find).OfType<IContentTypeDefinition>().ToDictionary(d => d.Type, d => d.ListTitle);
        if (facet is not (SearchFacets.Category or SearchFacets.Tag)) return new Dictionary<string, string>(); // languages: no database to ask
        await using var db = dbFactory.CreateContext();
        return facet == SearchFacets.Category
            ? (await db.Categories.AsNoTracking().Where(c => values.Contains(c.Slug)).ToListAsync(ct))
                .ToDictionary(c => c.Slug, c => c.NameIn(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName))
            : await db.Tags.AsNoTracking().Where(t => values.Contains(t.Slug)).ToDictionaryAsync(t => t.Slug, t => t.Name, ct);
    }

    private async Task<SearchDocument> DocumentOfAsync(IAppDbContext db, ContentItem item, CancellationToken ct)
    {
        var readerPath = await types.For(item.Type).ReaderPathAsync(item, ct);
        var category = item.CategoryId is { } categoryId ? await db.Categories.AsNoTracking().Where(c => c.Id == categoryId).Select(c => c.Slug).FirstOrDefaultAsync(ct) : null;
        var itemTags = await tags.ForEntityAsync(new EntityRef(ContentTypes.EntityType, item.Id), ct);
        return new SearchDocument(
            new EntityRef(ContentTypes.EntityType, item.Id), item.Type, item.Language, item.Title,
            string.Join(' ', item.Excerpt, renderer.Render(item.Body, item.BodyFormat).PlainText),
            itemTags.Select(t => t.Slug).ToList(), category is null ? [] : [category],
            readerPath ?? EditorPath(item.Id), IsPublic: readerPath is not null, item.PublishedAt, item.UpdatedAt, ContentPermissions.Edit);
    }
}
