using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Tags;

/// <summary><c>/api/v1/tags</c>: the tenant's tag vocabulary with counts (public), rename, merge and delete (tags.manage).</summary>
public static class TagEndpoints
{
    public static void MapTagEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tags").WithTags("Tags");
        group.MapGet("/", async Task<Results<Ok<PageDto<TagDto>>, ProblemHttpResult>> (string? search, bool? all, [AsParameters] PagingQuery paging, ClaimsPrincipal user, IPermissionChecker permissions, TagService tags, CancellationToken ct) =>
        {
            if (all == true && !await permissions.HasAsync(user, TagPermissions.Manage, ct)) return ApiProblems.Forbidden("Counting unpublished items needs the tags.manage permission.");
            return TypedResults.Ok(PageDto<TagDto>.From(await tags.ListAsync(search, paging.ToRequest(), publicOnly: all != true, ct), TagDto.From));
        }).AllowAnonymous().WithSummary("Tags on published items with how many carry each, or every tag and use with ?all=true (needs tags.manage)");

        var manage = group.MapGroup("").RequireAuthorization(TagPermissions.Manage);
        manage.MapPut("/{id:guid}", async (Guid id, RenameTagRequest request, TagService tags, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await tags.RenameAsync(id, request.Name, ct);
            return ApiProblems.From(result, () => Results.Ok(TagDto.From(result.Value!)));
        }).WithSummary("Rename a tag (409 when the new name exists: merge instead)").Produces<TagDto>().ProducesValidationProblem();

        manage.MapPost("/{id:guid}/merge", async (Guid id, MergeTagRequest request, TagService tags, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await tags.MergeAsync(id, request.TargetId!.Value, ct);
            return ApiProblems.From(result, () => Results.Ok(TagDto.From(result.Value!)));
        }).WithSummary("Move every use of this tag to another and delete it").Produces<TagDto>();

        manage.MapDelete("/{id:guid}", async (Guid id, TagService tags, CancellationToken ct) =>
            ApiProblems.From(await tags.DeleteAsync(id, ct), Results.NoContent))
            .WithSummary("Delete a tag and take it off everything");
    }
}
