using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages;
using RusToK.Domain.Modules.Pages.Menus;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Modules.Pages;

/// <summary>
/// Pages (REST <c>/pages</c>: the published tree and a page by path, public; every page and blocks with pages.manage)
/// and menus (<c>/menus/{location}</c>: a tree of links, public read, saved whole). Page text is edited as content.
/// </summary>
public static class PageOperations
{
    private const string NoPageHere = "No published page at this address.";
    private static readonly OperationSet Ops = new("Pages");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListPages, List<PageNodeDto>>("pages", "/pages", OperationPermission.Public, "The page tree: published pages, or every page with ?all=true (needs pages.manage)", TreeAsync),
        Ops.Get<PageAddress, PageViewDto>("pageByPath", "/pages/by-path", OperationPermission.Public, "A published page with its blocks, by address (about/team)",
            async (input, c) => (await c.Get<PageService>().FindByPathAsync(input.Path, input.LanguageWanted(), c.CancellationToken)).OrNotFound(NoPageHere).Map(v => PageViewDto.From(v, input.Path))),
        Ops.Get<PageAddress, List<BlockDto>>("pageBlocks", "/pages/by-path/blocks", OperationPermission.Public, "The blocks of the published page at an address",
            async (input, c) => (await c.Get<PageService>().FindByPathAsync(input.Path, input.LanguageWanted(), c.CancellationToken)).OrNotFound(NoPageHere).Map(v => v.Blocks.Select(BlockDto.From).ToList()))
            .WithNullWhenNotFound(),
        Ops.Get<ById, List<BlockDto>>("pageBlocksById", "/pages/{id:guid}/blocks", PagePermissions.Manage, "A page's blocks in order, whatever its status", BlocksAsync),
        Ops.Put<ByIdWithBody<BlocksRequest>, List<BlockDto>>("savePageBlocks", "/pages/{id:guid}/blocks", PagePermissions.Manage, "Replace a page's blocks",
            async (input, c) => (await c.Get<PageService>().SaveBlocksAsync(input.Id, input.Input.Blocks!, c.CancellationToken)).Map(b => b.Select(BlockDto.From).ToList())),
        Ops.Get<MenuAt, IReadOnlyList<SiteLink>>("menu", "/menus/{location}", OperationPermission.Public, "A menu (Header or Footer) as a tree of links",
            async (input, c) => Ok(await c.Get<MenuService>().LinksAsync(input.Location, c.CancellationToken))),
        Ops.Put<SaveMenu, IReadOnlyList<SiteLink>>("saveMenu", "/menus/{location}", PagePermissions.Manage, "Save a whole menu",
            (input, c) => c.Get<MenuService>().SaveAsync(input.Location, input.Input.Items!, c.CancellationToken)),
    ];

    private static async Task<OperationResult<List<PageNodeDto>>> TreeAsync(ListPages input, OperationContext c)
    {
        var all = input.All == true;
        if (all && !await c.HasPermissionAsync(PagePermissions.Manage)) return OperationResult.Forbidden("Listing unpublished pages needs the pages.manage permission.").As<List<PageNodeDto>>();
        return Ok((await c.Get<PageService>().TreeAsync(publishedOnly: !all, c.CancellationToken)).Select(PageNodeDto.From).ToList());
    }

    private static async Task<OperationResult<List<BlockDto>>> BlocksAsync(ById input, OperationContext c) =>
        await c.Get<ContentQueries>().FindAsync(input.Id, c.CancellationToken) is { Type: PagesModule.PageType }
            ? Ok((await c.Get<PageService>().BlocksAsync(input.Id, c.CancellationToken)).Select(BlockDto.From).ToList())
            : OperationResult.NotFound<List<BlockDto>>("Page not found.");
}
