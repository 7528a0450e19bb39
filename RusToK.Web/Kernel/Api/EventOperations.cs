using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Kernel.Api;

/// <summary>The tenant's outbox (REST <c>/events</c>), with retry for dead letters.</summary>
public static class EventOperations
{
    private static readonly OperationSet Ops = new("Events");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ListEvents, PageDto<EventDto>>("events", "/events", KernelPermissions.OutboxManage, "List events (filter by state: Pending, Processed, DeadLettered)",
            async (input, c) => Ok(PageDto<EventDto>.From(await c.Get<IOutboxAdministration>().ListAsync(c.Tenant.Id, input.State, input.ToRequest(), c.CancellationToken), EventDto.From))),
        Ops.Post<ById>("retryEvent", "/events/{id:guid}/retry", KernelPermissions.OutboxManage, "Send a dead-lettered event back to the queue",
            async (input, c) => await c.Get<IOutboxAdministration>().RetryAsync(c.Tenant.Id, input.Id, c.CancellationToken) ? OperationResult.Success() : OperationResult.NotFound("No dead-lettered event with that id."))
            .Answering(SuccessShape.Accepted),
    ];
}
