using System.Collections.Concurrent;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>
/// Which handler contracts receive an event: handlers of its own type and of every event contract it implements
/// (so a kernel service can handle "anything readers see" without naming a module's events). Built once per type.
/// </summary>
public sealed class EventDispatchTable
{
    private readonly ConcurrentDictionary<Type, IReadOnlyList<EventHandlerRoute>> _routes = new();

    public IReadOnlyList<EventHandlerRoute> For(Type eventType) => _routes.GetOrAdd(eventType, Build);

    private static IReadOnlyList<EventHandlerRoute> Build(Type eventType) =>
        eventType.GetInterfaces().Where(i => i != typeof(IDomainEvent) && typeof(IDomainEvent).IsAssignableFrom(i))
            .OrderBy(i => i.FullName, StringComparer.Ordinal).Prepend(eventType).Select(EventHandlerRoute.For).ToList();
}
