using RusToK.Domain.Modules.Announcements;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Modules.Announcements;

/// <summary>Announcements (REST <c>/announcements</c>): what shows now, public; management with announcements.manage.</summary>
public static class AnnouncementOperations
{
    private static readonly OperationSet Ops = new("Announcements");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<NoInput, List<AnnouncementDto>>("visibleAnnouncements", "/announcements/visible", OperationPermission.Public, "What the storefront shows now (public)",
            async (_, c) => Ok((await c.Get<AnnouncementService>().VisibleAsync(c.CancellationToken)).Select(AnnouncementDto.From).ToList())),
        Ops.Get<PagingQuery, PageDto<AnnouncementDto>>("announcements", "/announcements", AnnouncementPermissions.Manage, "List announcements, newest first",
            async (input, c) => Ok(PageDto<AnnouncementDto>.From(await c.Get<AnnouncementService>().ListAsync(input.ToRequest(), c.CancellationToken), AnnouncementDto.From))),
        Ops.Get<ById, AnnouncementDto>("announcement", "/announcements/{id:guid}", AnnouncementPermissions.Manage, "Get an announcement",
            async (input, c) => (await c.Get<AnnouncementService>().FindAsync(input.Id, c.CancellationToken)).OrNotFound("Announcement not found.").Map(AnnouncementDto.From)),
        Ops.Post<WithBody<AnnouncementRequest>, AnnouncementDto>("createAnnouncement", "/announcements", AnnouncementPermissions.Manage, "Create an announcement",
            async (input, c) => (await c.Get<AnnouncementService>().CreateAsync(input.Input.ToInput(), c.CancellationToken)).Map(AnnouncementDto.From))
            .Created(a => $"/api/v1/announcements/{a.Id}"),
        Ops.Put<ByIdWithBody<AnnouncementRequest>, AnnouncementDto>("updateAnnouncement", "/announcements/{id:guid}", AnnouncementPermissions.Manage, "Update an announcement (409 when it changed since you read it)",
            async (input, c) => (await c.Get<AnnouncementService>().UpdateAsync(input.Id, input.Input.ToInput(), input.Input.ConcurrencyStamp, c.CancellationToken)).Map(AnnouncementDto.From)),
        Ops.Delete<ById>("deleteAnnouncement", "/announcements/{id:guid}", AnnouncementPermissions.Manage, "Delete an announcement",
            (input, c) => c.Get<AnnouncementService>().DeleteAsync(input.Id, c.CancellationToken)),
    ];
}
