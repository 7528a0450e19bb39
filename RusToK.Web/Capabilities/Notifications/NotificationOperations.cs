using Microsoft.Extensions.Localization;
using RusToK.Components.Capabilities.Notifications;
using RusToK.Domain.Capabilities.Notifications;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Capabilities.Notifications;

/// <summary>The caller's own inbox (REST <c>/notifications</c>, GraphQL <c>notifications</c>): list, mark one or all read.</summary>
public static class NotificationOperations
{
    private static readonly OperationSet Ops = new("Notifications");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListNotifications, PageDto<NotificationDto>>("notifications", "/notifications", OperationPermission.SignedIn,
            "The caller's notifications on this site, newest first, as sentences in the caller's language", ListAsync),
        Ops.Post<ById>("readNotification", "/notifications/{id:guid}/read", OperationPermission.SignedIn, "Mark one of the caller's notifications read",
            async (input, c) => await c.Get<NotificationInbox>().MarkReadAsync(Me(c), input.Id, c.CancellationToken)
                ? OperationResult.Success()
                : OperationResult.NotFound("No such notification in your inbox.")),
        Ops.Post<NoInput>("readAllNotifications", "/notifications/read", OperationPermission.SignedIn, "Mark every notification of the caller read",
            async (_, c) =>
            {
                await c.Get<NotificationInbox>().MarkReadAsync(Me(c), null, c.CancellationToken);
                return OperationResult.Success();
            }),
    ];

    private static async Task<OperationResult<PageDto<NotificationDto>>> ListAsync(ListNotifications input, OperationContext c)
    {
        var page = await c.Get<NotificationInbox>().ListAsync(Me(c), input.ToRequest(), c.CancellationToken);
        var strings = c.Get<IStringLocalizer<NotificationsStrings>>();
        return Ok(PageDto<NotificationDto>.From(page, i => NotificationDto.From(i, string.Format(strings[i.Sentence], i.ActorName ?? strings["Someone"], i.Subject))));
    }

    private static Guid Me(OperationContext c) => RusToKClaims.UserId(c.User) ?? Guid.Empty;
}
