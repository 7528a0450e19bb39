using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Localization;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Kernel.Text;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages.Blocks;

namespace RusToK.Domain.Modules.Pages;

/// <summary>The site's pages: the tree, pages by address, and each page's blocks.</summary>
public sealed class PageService(IAppDbContextFactory dbFactory, IContentRenderer renderer, ISiteReadCache cache, ITenantContext tenant)
{
    public const int MaxBlocks = 40;

    /// <summary>The deepest level (top level = 0) the tree goes to: a page nested deeper has no address readers can open.</summary>
    public const int MaxDepth = 5;

    /// <summary>
    /// Every page (any status, or only published ones) as a tree in position order, with full addresses. A page in
    /// several languages is one entry per version, all at the same address, the original first.
    /// </summary>
    public async Task<IReadOnlyList<PageNode>> TreeAsync(bool publishedOnly, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var query = db.ContentItems.AsNoTracking().Where(i => i.Type == PagesModule.PageType);
        if (publishedOnly) query = query.Where(i => i.Status == ContentStatus.Published);
        var pages = await query.Select(i => new
        {
            i.ParentId,
            i.Position,
            Summary = new ContentSummary(i.Id, i.Type, i.Language, i.Slug, i.Title, i.Excerpt, i.Status, i.CategoryId, i.AuthorId, i.AuthorName,
                i.CoverImageUrl, i.CoverImageAlt, i.PublishedAt, i.PublishAt, i.UpdatedAt, i.WordCount),
        }).ToListAsync(ct);
        // Versions of a page share its slug, and a translation's parent may be the parent's other version: parents are
        // matched by slug. A page whose parent is not in the list (unpublished) stands at the top.
        var slugOf = pages.ToDictionary(p => p.Summary.Id, p => p.Summary.Slug);
        var children = pages.ToLookup(p => p.ParentId is { } id ? slugOf.GetValueOrDefault(id) : null);
        var result = new List<PageNode>();
        void Walk(string? parentSlug, string prefix, int depth)
        {
            foreach (var versions in children[parentSlug].GroupBy(p => p.Summary.Slug).OrderBy(g => g.Min(p => p.Position)).ThenBy(g => g.First().Summary.Title))
            {
                var path = prefix + versions.Key;
                foreach (var page in versions.OrderBy(p => p.Summary.Language == Languages.Default ? 0 : 1).ThenBy(p => p.Summary.Language))
                {
                    result.Add(new PageNode(page.Summary, page.ParentId, path, depth));
                }

                if (depth < MaxDepth) Walk(versions.Key, path + "/", depth + 1);
            }
        }

        Walk(null, "", 0);
        return result;
    }

    /// <summary>
    /// Where readers find a published page, read fresh: its path in the published tree (<c>about/team</c>), or
    /// <c>./</c> (the site's root) for the home page; null when readers cannot reach it.
    /// </summary>
    public async Task<string?> ReaderPathAsync(Guid pageId, CancellationToken ct = default) =>
        (await TreeAsync(publishedOnly: true, ct)).FirstOrDefault(n => n.Page.Id == pageId) switch
        {
            null => null,
            { IsHome: true } => "./",
            var node => node.Path,
        };

    /// <summary>
    /// The published page at an address such as <c>about/team</c>, in the reader's language where it has that version
    /// (else the original); every segment must match the page's real parents. Read fresh (APIs).
    /// </summary>
    public async Task<PageView?> FindByPathAsync(string path, string? language = null, CancellationToken ct = default) =>
        await FindInTreeAsync(await TreeAsync(publishedOnly: true, ct), path, language ?? Languages.Default, ct);

    /// <summary>
    /// The same for storefront pages, which are eventually consistent anyway (output cache): the published tree, the
    /// same for every view of the site, and each page with its blocks come from the site read cache and are forgotten
    /// when pages change.
    /// </summary>
    public async Task<PageView?> FindForReadersAsync(string path, string language, CancellationToken ct = default)
    {
        var tree = await cache.GetOrLoadAsync(tenant, "pages:published-tree", () => TreeAsync(publishedOnly: true, ct));
        return await cache.GetOrLoadAsync(tenant, $"pages:view:{language}:{path.Trim('/')}", () => FindInTreeAsync(tree, path, language, ct));
    }

    /// <summary>The version a reader gets at an address: their language's where the page has one, else the original (listed first).</summary>
    private static PageNode? VersionAt(IReadOnlyList<PageNode> tree, string path, string language)
    {
        var versions = tree.Where(n => string.Equals(n.Path, path, StringComparison.Ordinal)).ToList();
        return versions.FirstOrDefault(n => n.Page.Language == language) ?? versions.FirstOrDefault();
    }

    private async Task<PageView?> FindInTreeAsync(IReadOnlyList<PageNode> tree, string path, string language, CancellationToken ct)
    {
        var address = path.Trim('/');
        var node = VersionAt(tree, address, language);
        if (node is null) return null;
        await using var db = dbFactory.CreateContext();
        // A cached tree may still list a page deleted a moment ago: that is "not found", not an error.
        var page = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == node.Page.Id, ct);
        if (page is null) return null;
        var blocks = await BlocksOf(db, page.Id).ToListAsync(ct);
        // A translation made as a copy of the page has no blocks of its own: the original's speak its language already.
        if (blocks.Count == 0 && VersionAt(tree, address, Languages.Default) is { } original && original != node)
        {
            blocks = await BlocksOf(db, original.Page.Id).ToListAsync(ct);
        }

        var segments = address.Split('/');
        var ancestors = Enumerable.Range(1, segments.Length - 1)
            .Select(n => VersionAt(tree, string.Join('/', segments[..n]), language)).OfType<PageNode>().ToList();
        return new PageView(page, blocks, ancestors);
    }

    public async Task<IReadOnlyList<PageBlock>> BlocksAsync(Guid pageId, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await BlocksOf(db, pageId).ToListAsync(ct);
    }

    /// <summary>Replaces a page's blocks with the given list, in that order; all are checked before anything is saved.</summary>
    public async Task<OperationResult<IReadOnlyList<PageBlock>>> SaveBlocksAsync(Guid pageId, IReadOnlyList<BlockInput> blocks, CancellationToken ct = default)
    {
        var validator = Validate(blocks);
        if (!validator.IsValid) return validator.ToFailure<IReadOnlyList<PageBlock>>();
        await using var db = dbFactory.CreateContext();
        var page = await db.ContentItems.FirstOrDefaultAsync(i => i.Id == pageId && i.Type == PagesModule.PageType, ct);
        if (page is null) return OperationResult.NotFound<IReadOnlyList<PageBlock>>("Page not found.");

        var previous = await db.PageBlocks.Where(b => b.PageId == pageId).OrderBy(b => b.Position).ToListAsync(ct);
        db.PageBlocks.RemoveRange(previous);
        // A block saved without translations (by a client that does not know them) keeps those of the block it
        // replaces: the one at the same place, of the same kind and title.
        blocks = blocks.Select((b, i) => b.Translations is null && previous.ElementAtOrDefault(i) is { } old && old.Kind == b.Kind && old.Title == b.Title?.Trim()
            ? b with { Translations = old.Translations } : b).ToList();
        var saved = blocks.Select((b, i) => PageBlock.Create(pageId, i, b, TextRenderer(b.Kind, renderer))).ToList();
        db.PageBlocks.AddRange(saved);
        var texts = blocks.SelectMany(b => (b.Translations ?? []).Select(t => t.Text).Prepend(b.Text));
        await MediaService.StageUsagesAsync(db, new Kernel.Entities.EntityRef("page-blocks", pageId), MediaReferences.In([.. blocks.Select(b => b.ImageUrl), .. texts]), ct);
        page.TouchLayout();
        await db.SaveChangesAsync(ct);
        return OperationResult.Success<IReadOnlyList<PageBlock>>(saved);
    }

    /// <summary>
    /// One unsaved block as it will look once saved (the editor's preview): checked as saving checks it and rendered
    /// the same way, or null while it is not complete or not safe to show (a script address, a missing title).
    /// </summary>
    public static PageBlock? Preview(BlockInput block, IContentRenderer renderer) =>
        Validate([block]).IsValid ? PageBlock.Create(Guid.Empty, 0, block, TextRenderer(block.Kind, renderer)) : null;

    // Markdown to safe HTML for the kinds that show a text; the others keep none.
    private static Func<string, string>? TextRenderer(BlockKind kind, IContentRenderer renderer) =>
        kind is BlockKind.RichText or BlockKind.Hero or BlockKind.CallToAction ? text => renderer.Render(text, BodyFormat.Markdown).Html : null;

    private static IQueryable<PageBlock> BlocksOf(IAppDbContext db, Guid pageId) =>
        db.PageBlocks.AsNoTracking().Where(b => b.PageId == pageId).OrderBy(b => b.Position);

    private static Validator Validate(IReadOnlyList<BlockInput> blocks)
    {
        var validator = new Validator().Must(blocks.Count <= MaxBlocks, "blocks", $"A page holds at most {MaxBlocks} blocks.");
        for (var i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var field = $"blocks[{i}]";
            validator.Must(Enum.IsDefined(b.Kind), $"{field}.kind", "Choose a block type: Hero, RichText, Image, CallToAction or LatestPosts.")
                .MaxLength($"{field}.title", b.Title, PageBlock.MaxTitleLength, "Title")
                .MaxLength($"{field}.text", b.Text, PageBlock.MaxTextLength, "Text")
                .MaxLength($"{field}.buttonText", b.ButtonText, PageBlock.MaxLabelLength, "Button text")
                .Must(ContentValidation.IsSafeUrl(b.ImageUrl), $"{field}.imageUrl", "The image must be an http(s) address or a path on this site.")
                .Must(ContentValidation.IsSafeUrl(b.ButtonUrl), $"{field}.buttonUrl", "The button must link to an http(s) address or a path on this site.")
                .Must(b.Kind != BlockKind.Image || !string.IsNullOrWhiteSpace(b.ImageUrl), $"{field}.imageUrl", "An image block needs an image.")
                .Must(b.Kind != BlockKind.Image || !string.IsNullOrWhiteSpace(b.ImageAlt), $"{field}.imageAlt", "Describe the image (alt text) for readers who cannot see it.")
                .Must(b.Kind is not (BlockKind.Hero or BlockKind.CallToAction) || !string.IsNullOrWhiteSpace(b.Title), $"{field}.title", "This block needs a title.")
                .Must(string.IsNullOrWhiteSpace(b.ButtonText) == string.IsNullOrWhiteSpace(b.ButtonUrl), $"{field}.buttonUrl", "A button needs both a text and an address.")
                .Translations($"{field}.translations", b.Translations);
            foreach (var (t, j) in (b.Translations ?? []).Select((t, j) => (t, j)))
            {
                validator.MaxLength($"{field}.translations[{j}].title", t.Title, PageBlock.MaxTitleLength, "Title")
                    .MaxLength($"{field}.translations[{j}].text", t.Text, PageBlock.MaxTextLength, "Text")
                    .MaxLength($"{field}.translations[{j}].buttonText", t.ButtonText, PageBlock.MaxLabelLength, "Button text")
                    .MaxLength($"{field}.translations[{j}].imageAlt", t.ImageAlt, PageBlock.MaxTitleLength, "Alt text");
            }
        }

        return validator;
    }
}
