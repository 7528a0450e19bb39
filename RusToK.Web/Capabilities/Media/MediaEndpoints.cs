using Microsoft.AspNetCore.Mvc;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Results;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Capabilities.Media;

/// <summary>What of the media library is not a declared operation: the upload (<c>POST /api/v1/media</c>) and the files themselves (<c>/media/{id}/{file}</c>, public).</summary>
public static class MediaEndpoints
{
    /// <summary>The upload: a multipart form, not JSON, so it is not a declared operation (GraphQL has no upload).</summary>
    public static void MapMediaUpload(this IEndpointRouteBuilder api)
    {
        // Declared so the OpenAPI document (and the bad-input sweep) knows the body is a form; routing then answers other types with 415.
        api.MapPost("/media", UploadAsync).WithTags("Media").RequireAuthorization(MediaPermissions.Manage).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimitAttribute(MediaService.MaxUploadBytes + 256 * 1024))
            .WithSummary($"Upload a file (multipart field 'file', optional 'altText'); the type is judged by content; at most {MediaService.MaxUploadBytes / 1024 / 1024} MB")
            .Produces<MediaDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
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
