using System.Security.Claims;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages;
using RusToK.Domain.Modules.Pages.Menus;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Pages;

/// <summary>
/// <c>/api/v1/pages</c> (the published tree and a page by path, public; every page and blocks with pages.manage) and
/// <c>/api/v1/menus/{location}</c> (public read, saved whole with pages.manage). Page text is edited through <c>/api/v1/content</c>.
/// </summary>
public static class PageEndpoints
{
    public static void MapPageEndpoints(this RouteGroupBuilder api)
    {
        var pages = api.MapGroup("/pages").WithTags("Pages");
        pages.MapGet("/", async (bool? all, ClaimsPrincipal user, IPermissionChecker permissions, PageService service, CancellationToken ct) =>
        {
            if (all == true && !await permissions.HasAsync(user, PagePermissions.Manage, ct)) return ApiProblems.Forbidden("Listing unpublished pages needs the pages.manage permission.");
            return Results.Ok((await service.TreeAsync(publishedOnly: all != true, ct)).Select(PageNodeDto.From).ToList());
        }).AllowAnonymous().WithSummary("The page tree: published pages, or every page with ?all=true (needs pages.manage)");

        pages.MapGet("/by-path", async (string path, PageService service, CancellationToken ct) =>
            await service.FindByPathAsync(path, ct) is { } view ? Results.Ok(PageViewDto.From(view, path)) : ApiProblems.NotFound("No published page at this address."))
            .AllowAnonymous().WithSummary("A published page with its blocks, by address (about/team)").Produces<PageViewDto>();

        var manage = pages.MapGroup("").RequireAuthorization(PagePermissions.Manage);
        manage.MapGet("/{id:guid}/blocks", async (Guid id, PageService service, ContentQueries content, CancellationToken ct) =>
            await content.FindAsync(id, ct) is { Type: PagesModule.PageType }
                ? Results.Ok((await service.BlocksAsync(id, ct)).Select(BlockDto.From).ToList())
                : ApiProblems.NotFound("Page not found.")).WithSummary("A page's blocks in order");
        manage.MapPut("/{id:guid}/blocks", async (Guid id, BlocksRequest request, PageService service, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await service.SaveBlocksAsync(id, request.Blocks!, ct);
            return ApiProblems.From(result, () => Results.Ok(result.Value!.Select(BlockDto.From).ToList()));
        }).WithSummary("Replace a page's blocks").ProducesValidationProblem();

        var menus = api.MapGroup("/menus").WithTags("Pages");
        menus.MapGet("/{location}", async (MenuLocation location, MenuService service, CancellationToken ct) =>
            TypedResults.Ok(await service.LinksAsync(location, ct))).AllowAnonymous().WithSummary("A menu (Header or Footer) as a tree of links");
        menus.MapPut("/{location}", async (MenuLocation location, MenuRequest request, MenuService service, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await service.SaveAsync(location, request.Items!, ct);
            return ApiProblems.From(result, () => Results.Ok(result.Value));
        }).RequireAuthorization(PagePermissions.Manage).WithSummary("Save a whole menu").ProducesValidationProblem();
    }
}
