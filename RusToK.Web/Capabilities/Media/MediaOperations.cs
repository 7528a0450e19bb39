using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Kernel.Entities;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Capabilities.Media;

/// <summary>The media library (REST <c>/media</c>, media.manage); the upload itself is a form, mapped in <see cref="MediaEndpoints"/>.</summary>
public static class MediaOperations
{
    private const string NotFound = "File not found.";
    private static readonly OperationSet Ops = new("Media");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListMedia, PageDto<MediaDto>>("mediaFiles", "/media", MediaPermissions.Manage, "The library, newest first, with how many items use each file",
            async (input, c) => Ok(PageDto<MediaDto>.From(await c.Get<MediaService>().ListAsync(input.Search, input.Kind, input.ToRequest(), c.CancellationToken), s => MediaDto.From(s.File, s.UsageCount)))),
        Ops.Get<ById, MediaDto>("mediaFile", "/media/{id:guid}", MediaPermissions.Manage, "One file",
            async (input, c) => await (await c.Get<MediaService>().FindAsync(input.Id, c.CancellationToken)).OrNotFound(NotFound)
                .MapAsync(async f => MediaDto.From(f, (await c.Get<MediaService>().UsagesAsync(input.Id, c.CancellationToken)).Count))),
        Ops.Get<ById, IReadOnlyList<EntityRef>>("mediaUsages", "/media/{id:guid}/usages", MediaPermissions.Manage, "Which entities use the file (type and id)",
            async (input, c) => await (await c.Get<MediaService>().FindAsync(input.Id, c.CancellationToken)).OrNotFound(NotFound)
                .MapAsync(_ => c.Get<MediaService>().UsagesAsync(input.Id, c.CancellationToken))),
        Ops.Put<ByIdWithBody<DescribeMediaRequest>, MediaDto>("describeMedia", "/media/{id:guid}", MediaPermissions.Manage, "Change a file's alt text",
            async (input, c) => (await c.Get<MediaService>().DescribeAsync(input.Id, input.Input.AltText, c.CancellationToken)).Map(f => MediaDto.From(f))),
        Ops.Delete<ById>("deleteMedia", "/media/{id:guid}", MediaPermissions.Manage, "Delete an unused file (409 while items use it)",
            (input, c) => c.Get<MediaService>().DeleteAsync(input.Id, c.CancellationToken)),
    ];
}
