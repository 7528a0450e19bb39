using System.Text.Json;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>Maps stored event type names to CLR types and (de)serializes payloads.</summary>
public sealed class EventTypeRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly Dictionary<string, Type> _byName;

    public EventTypeRegistry(IEnumerable<Type> eventTypes) =>
        _byName = eventTypes.Where(t => typeof(IDomainEvent).IsAssignableFrom(t) && !t.IsAbstract).ToDictionary(NameOf);

    /// <summary>Every concrete event type in the domain assembly.</summary>
    public static EventTypeRegistry FromDomain() => new(typeof(IDomainEvent).Assembly.GetTypes());

    public string NameOf(Type type) => type.FullName ?? type.Name;

    public string Serialize(IDomainEvent domainEvent) => JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), Json);

    /// <summary>The outbox row that stores <paramref name="domainEvent"/> for delivery, due at once.</summary>
    public OutboxMessage ToMessage(IDomainEvent domainEvent, Guid? tenantId, Guid? actorId = null) => new()
    {
        Id = domainEvent.EventId,
        TenantId = tenantId,
        ActorId = actorId,
        AggregateId = domainEvent.AggregateId,
        Type = NameOf(domainEvent.GetType()),
        Payload = Serialize(domainEvent),
        OccurredAt = domainEvent.OccurredAt,
        NextAttemptAt = domainEvent.OccurredAt,
    };

    public IDomainEvent Deserialize(string typeName, string payload)
    {
        if (!_byName.TryGetValue(typeName, out var type)) throw new InvalidOperationException($"Unknown event type '{typeName}'.");
        return (IDomainEvent)(JsonSerializer.Deserialize(payload, type, Json) ?? throw new InvalidOperationException("Empty event payload."));
    }
}
