using RusToK.Domain.Kernel.Events;

namespace RusToK.Web.Kernel.Api;

/// <summary>An outbox message as administrators see it: what happened, and whether its handlers are done with it.</summary>
public sealed record EventDto(Guid Id, string Type, Guid AggregateId, DateTime OccurredAt, string State, int Attempts, string? LastError)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static EventDto From(OutboxMessage m) => new(m.Id, m.Type, m.AggregateId, m.OccurredAt, m.State.ToString(), m.Attempts, m.LastError);
}
