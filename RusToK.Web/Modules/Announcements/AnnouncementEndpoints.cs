using RusToK.Domain.Modules.Announcements;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Announcements;

/// <summary><c>/api/v1/announcements</c>: public list of what shows now, and management for editors.</summary>
public static class AnnouncementEndpoints
{
    public static void MapAnnouncementEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/announcements").WithTags("Announcements");

        group.MapGet("/visible", async (AnnouncementService service, CancellationToken ct) =>
            TypedResults.Ok((await service.VisibleAsync(ct)).Select(AnnouncementDto.From).ToList()))
            .AllowAnonymous().WithSummary("What the storefront shows now (public)");

        var manage = group.MapGroup("").RequireAuthorization(AnnouncementPermissions.Manage);

        manage.MapGet("/", async ([AsParameters] PagingQuery paging, AnnouncementService service, CancellationToken ct) =>
            TypedResults.Ok(PageDto<AnnouncementDto>.From(await service.ListAsync(paging.ToRequest(), ct), AnnouncementDto.From)))
            .WithSummary("List announcements");

        manage.MapGet("/{id:guid}", async (Guid id, AnnouncementService service, CancellationToken ct) =>
            await service.FindAsync(id, ct) is { } a ? Results.Ok(AnnouncementDto.From(a)) : ApiProblems.NotFound("Announcement not found."))
            .WithSummary("Get an announcement").Produces<AnnouncementDto>();

        manage.MapPost("/", async (AnnouncementRequest request, AnnouncementService service, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await service.CreateAsync(request.ToInput(), ct);
            return ApiProblems.From(result, () => Results.Created($"/api/v1/announcements/{result.Value!.Id}", AnnouncementDto.From(result.Value)));
        }).WithSummary("Create an announcement").Produces<AnnouncementDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        manage.MapPut("/{id:guid}", async (Guid id, AnnouncementRequest request, AnnouncementService service, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await service.UpdateAsync(id, request.ToInput(), request.ConcurrencyStamp, ct);
            return ApiProblems.From(result, () => Results.Ok(AnnouncementDto.From(result.Value!)));
        }).WithSummary("Update an announcement (409 when it changed since you read it)").Produces<AnnouncementDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        manage.MapDelete("/{id:guid}", async (Guid id, AnnouncementService service, CancellationToken ct) =>
            ApiProblems.From(await service.DeleteAsync(id, ct), Results.NoContent))
            .WithSummary("Delete an announcement");
    }
}
