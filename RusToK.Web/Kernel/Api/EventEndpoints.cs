using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary><c>/api/v1/events</c>: the tenant's outbox, with retry for dead letters.</summary>
public static class EventEndpoints
{
    public sealed record EventDto(Guid Id, string Type, Guid AggregateId, DateTime OccurredAt, string State, int Attempts, string? LastError);

    public static void MapEventEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/events").WithTags("Events").RequireAuthorization(KernelPermissions.OutboxManage);

        group.MapGet("/", async (OutboxState? state, [AsParameters] PagingQuery paging, IOutboxAdministration outbox, ITenantContext tenant, CancellationToken ct) =>
            TypedResults.Ok(PageDto<EventDto>.From(await outbox.ListAsync(tenant.Current!.Id, state, paging.ToRequest(), ct),
                m => new EventDto(m.Id, m.Type, m.AggregateId, m.OccurredAt, m.State.ToString(), m.Attempts, m.LastError))))
            .WithSummary("List events (filter by state: Pending, Processed, DeadLettered)");

        group.MapPost("/{id:guid}/retry", async (Guid id, IOutboxAdministration outbox, ITenantContext tenant, CancellationToken ct) =>
            await outbox.RetryAsync(tenant.Current!.Id, id, ct) ? Results.Accepted() : ApiProblems.NotFound("No dead-lettered event with that id."))
            .WithSummary("Send a dead-lettered event back to the queue");
    }
}
