using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Results;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Media;

/// <summary><c>/api/v1/media</c> (library, media.manage) and <c>/media/{id}/{file}</c> (the files themselves, public).</summary>
public static class MediaEndpoints
{
    public static void MapMediaEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/media").WithTags("Media").RequireAuthorization(MediaPermissions.Manage);

        group.MapGet("/", async (string? search, MediaKind? kind, [AsParameters] PagingQuery paging, MediaService media, CancellationToken ct) =>
            TypedResults.Ok(PageDto<MediaDto>.From(await media.ListAsync(search, kind, paging.ToRequest(), ct), s => MediaDto.From(s.File, s.UsageCount))))
            .WithSummary("The library, newest first, with how many items use each file");

        group.MapGet("/{id:guid}", async (Guid id, MediaService media, CancellationToken ct) =>
            await media.FindAsync(id, ct) is { } file ? Results.Ok(MediaDto.From(file, (await media.UsagesAsync(id, ct)).Count)) : ApiProblems.NotFound("File not found."))
            .WithSummary("One file").Produces<MediaDto>();

        group.MapGet("/{id:guid}/usages", async (Guid id, MediaService media, CancellationToken ct) =>
            await media.FindAsync(id, ct) is null ? ApiProblems.NotFound("File not found.") : Results.Ok(await media.UsagesAsync(id, ct)))
            .WithSummary("Which entities use the file (type and id)");

        // Declared so the OpenAPI document (and the bad-input sweep) knows the body is a form; routing then answers other types with 415.
        group.MapPost("/", UploadAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MediaService.MaxUploadBytes + 256 * 1024))
            .WithSummary($"Upload a file (multipart field 'file', optional 'altText'); the type is judged by content; at most {MediaService.MaxUploadBytes / 1024 / 1024} MB")
            .Produces<MediaDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        group.MapPut("/{id:guid}", async (Guid id, DescribeMediaRequest request, MediaService media, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await media.DescribeAsync(id, request.AltText, ct);
            return ApiProblems.From(result, () => Results.Ok(MediaDto.From(result.Value!)));
        }).WithSummary("Change a file's alt text");

        group.MapDelete("/{id:guid}", async (Guid id, MediaService media, CancellationToken ct) =>
            ApiProblems.From(await media.DeleteAsync(id, ct), Results.NoContent))
            .WithSummary("Delete an unused file (409 while items use it)");
    }

    /// <summary>
    /// Serves library files. Addresses never change content, so browsers may keep them for a year; the one exception
    /// is a size asked for before the background job made it (pages offer every size at once): that answer is the
    /// original, kept only a minute.
    /// </summary>
    public static void MapMediaFiles(this IEndpointRouteBuilder app) =>
        app.MapGet("/media/{id:guid}/{name}", async (Guid id, string name, HttpContext http, MediaService media, IMediaStorage storage, CancellationToken ct) =>
        {
            var file = await media.FindAsync(id, ct);
            if (file is null) return Results.NotFound();
            var variant = name.EndsWith(".webp", StringComparison.Ordinal) ? name[..^5] : null;
            var produced = variant is not null && file.HasVariant(variant);
            var standIn = variant is not null && !produced && file.Kind == MediaKind.Image && ImageVariantSpec.Standard.Any(s => s.Name == variant);
            var (key, contentType) = produced ? ($"{file.StoragePrefix}{variant}.webp", "image/webp")
                : name == $"original.{file.Extension}" || standIn ? (file.OriginalKey, file.ContentType) : (null, null);
            if (key is null || await storage.OpenReadAsync(key, ct) is not { } stream) return Results.NotFound();
            http.Response.Headers.CacheControl = standIn ? "public, max-age=60" : "public, max-age=31536000, immutable";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.Stream(stream, contentType);
        }).ExcludeFromDescription();

    private const string UploadFormMessage = "Send the file as multipart/form-data in a field named 'file'.";

    private static async Task<IResult> UploadAsync(HttpRequest request, MediaService media, CancellationToken ct)
    {
        // ReadFormAsync throws on any other content type (a JSON body, or none at all).
        if (!request.HasFormContentType) return ApiProblems.UnsupportedMediaType(UploadFormMessage);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return ApiProblems.TooLarge(MediaService.TooLargeMessage);
        }
        catch (InvalidDataException)
        {
            return ApiProblems.Failure(OperationResult.Invalid("file", UploadFormMessage));
        }

        // Form fields are not bound parameters, so the API group's control-character filter does not see them.
        if (ControlCharacters.In(form["altText"].ToString())) return ApiProblems.Failure(OperationResult.Invalid("altText", ControlCharacters.Message));
        if (form.Files.GetFile("file") is not { } upload) return ApiProblems.Failure(OperationResult.Invalid("file", "Choose a file to upload (field 'file')."));
        if (upload.Length > MediaService.MaxUploadBytes) return ApiProblems.TooLarge(MediaService.TooLargeMessage);
        await using var stream = upload.OpenReadStream();
        var result = await media.UploadAsync(stream, upload.FileName, form["altText"], ct);
        return ApiProblems.From(result, () => Results.Created($"/api/v1/media/{result.Value!.Id}", MediaDto.From(result.Value)));
    }
}
