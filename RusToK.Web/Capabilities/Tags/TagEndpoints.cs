using RusToK.Domain.Capabilities.Tags;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Tags;

/// <summary><c>/api/v1/tags</c>: the tenant's tag vocabulary with counts (public), rename, merge and delete (tags.manage).</summary>
public static class TagEndpoints
{
    public static void MapTagEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/tags").WithTags("Tags");
        group.MapGet("/", async (string? search, [AsParameters] PagingQuery paging, TagService tags, CancellationToken ct) =>
            TypedResults.Ok(PageDto<TagDto>.From(await tags.ListAsync(search, paging.ToRequest(), ct), TagDto.From)))
            .AllowAnonymous().WithSummary("Tags by name with how many items carry each");

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
