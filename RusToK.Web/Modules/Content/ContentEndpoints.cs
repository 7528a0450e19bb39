using System.Security.Claims;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Revisions;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Modules.Content;

/// <summary><c>/api/v1/content</c>: items of every type, their lifecycle, revisions and the editor's analysis.</summary>
public static class ContentEndpoints
{
    public static void MapContentEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/content").WithTags("Content");
        var edit = group.MapGroup("").RequireAuthorization(ContentPermissions.Edit);
        var publish = group.MapGroup("").RequireAuthorization(ContentPermissions.Publish);

        edit.MapGet("/", async ([AsParameters] ContentListQuery query, [AsParameters] PagingQuery paging, ContentQueries queries, CancellationToken ct) =>
            TypedResults.Ok(PageDto<ContentSummaryDto>.From(await queries.ListAsync(query.ToFilter(), paging.ToRequest(), ct), ContentSummaryDto.From)))
            .WithSummary("List content items (filters: type, status, search, category, tag, language)");

        edit.MapGet("/{id:guid}", async (Guid id, ContentQueries queries, TagService tags, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is { } item ? Results.Ok(await DtoAsync(item, tags, ct)) : ApiProblems.NotFound("Content not found."))
            .WithSummary("Get an item with its body and tags").Produces<ContentDto>();

        edit.MapGet("/{id:guid}/translations", async (Guid id, ContentQueries queries, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is { } item
                ? Results.Ok((await queries.TranslationsAsync(item, publishedOnly: false, ct)).Select(ContentSummaryDto.From))
                : ApiProblems.NotFound("Content not found."))
            .WithSummary("The item in the site's other languages (same type and address, another language)").Produces<IEnumerable<ContentSummaryDto>>();

        edit.MapPost("/", async (ContentRequest request, ClaimsPrincipal user, ContentEditingService editing, TagService tags, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await editing.CreateAsync(request.ToInput(), ContentAuthor.Of(user), ct);
            return await RespondAsync(result, tags, item => Results.Created($"/api/v1/content/{item.Id}", item), ct);
        }).WithSummary("Create a draft").Produces<ContentDto>(StatusCodes.Status201Created).ProducesValidationProblem();

        edit.MapPut("/{id:guid}", async (Guid id, ContentRequest request, ClaimsPrincipal user, ContentEditingService editing, TagService tags, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await editing.UpdateAsync(id, request.ToInput(), request.ConcurrencyStamp, ContentAuthor.Of(user), ct);
            return await RespondAsync(result, tags, Results.Ok, ct);
        }).WithSummary("Save an item (409 when it changed since you read it; a live item gets a new revision)")
            .Produces<ContentDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        edit.MapPost("/{id:guid}/autosave", async (Guid id, ContentRequest request, ClaimsPrincipal user, ContentEditingService editing, TagService tags, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await editing.AutosaveAsync(id, request.ToInput(), request.ConcurrencyStamp, ContentAuthor.Of(user), ct);
            return await RespondAsync(result, tags, Results.Ok, ct);
        }).WithSummary("Autosave a draft (refused for live items)").Produces<ContentDto>();

        edit.MapDelete("/{id:guid}", async (Guid id, ContentEditingService editing, CancellationToken ct) =>
            ApiProblems.From(await editing.DeleteAsync(id, ct), Results.NoContent))
            .WithSummary("Delete an item with its revisions and tags");

        edit.MapPost("/analyze", (ContentRequest request, ContentAnalysisService analysis) => TypedResults.Ok(analysis.Analyze(request.ToInput())))
            .WithSummary("Score an unsaved item with the registered analyzers (SEO)");

        publish.MapPost("/{id:guid}/publish", async (Guid id, ContentPublishingService publishing, TagService tags, CancellationToken ct) =>
            await RespondAsync(await publishing.PublishAsync(id, ct), tags, Results.Ok, ct)).WithSummary("Publish now");
        publish.MapPost("/{id:guid}/unpublish", async (Guid id, ContentPublishingService publishing, TagService tags, CancellationToken ct) =>
            await RespondAsync(await publishing.UnpublishAsync(id, ct), tags, Results.Ok, ct)).WithSummary("Back to draft");
        publish.MapPost("/{id:guid}/archive", async (Guid id, ContentPublishingService publishing, TagService tags, CancellationToken ct) =>
            await RespondAsync(await publishing.ArchiveAsync(id, ct), tags, Results.Ok, ct)).WithSummary("Archive");
        publish.MapPost("/{id:guid}/schedule", async (Guid id, ScheduleRequest request, ContentPublishingService publishing, TagService tags, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            return await RespondAsync(await publishing.ScheduleAsync(id, request.PublishAt!.Value, ct), tags, Results.Ok, ct);
        }).WithSummary("Publish at a future time").ProducesValidationProblem();

        MapRevisions(edit);
    }

    private static void MapRevisions(RouteGroupBuilder edit)
    {
        edit.MapGet("/{id:guid}/revisions", async (Guid id, RevisionService revisions, CancellationToken ct) =>
            TypedResults.Ok((await revisions.ListAsync(id, ct)).Select(RevisionDto.From).ToList()))
            .WithSummary("Published revisions, newest first");

        edit.MapGet("/{id:guid}/revisions/{number:int}/diff", async (Guid id, int number, int? against, RevisionService revisions, ContentQueries queries, CancellationToken ct) =>
        {
            var revision = await revisions.FindAsync(id, number, ct);
            if (revision is null) return ApiProblems.NotFound("Revision not found.");
            var other = against is { } n ? (await revisions.FindAsync(id, n, ct))?.Body : (await queries.FindAsync(id, ct))?.Body;
            return other is null ? ApiProblems.NotFound("Nothing to compare with.") : Results.Ok(revisions.Compare(revision.Body, other));
        }).WithSummary("Side-by-side diff of a revision against another (?against=n) or the current body").Produces<SideBySideDiff>();

        edit.MapPost("/{id:guid}/revisions/{number:int}/restore", async (Guid id, int number, ClaimsPrincipal user, RevisionService revisions, TagService tags, CancellationToken ct) =>
            await RespondAsync(await revisions.RestoreAsync(id, number, ContentAuthor.Of(user), ct), tags, Results.Ok, ct))
            .WithSummary("Put a revision's title, excerpt and body back");
    }

    internal static async Task<ContentDto> DtoAsync(ContentItem item, TagService tags, CancellationToken ct) =>
        ContentDto.From(item, await tags.ForEntityAsync(new(ContentTypes.EntityType, item.Id), ct));

    private static async Task<IResult> RespondAsync(OperationResult<ContentItem> result, TagService tags, Func<ContentDto, IResult> onSuccess, CancellationToken ct) =>
        result.Succeeded ? onSuccess(await DtoAsync(result.Value!, tags, ct)) : ApiProblems.Failure(result);
}
