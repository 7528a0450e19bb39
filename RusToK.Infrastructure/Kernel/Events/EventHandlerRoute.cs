using System.Reflection;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>One handler contract an event reaches (<c>IDomainEventHandler&lt;T&gt;</c>) and a compiled call to its handlers.</summary>
public sealed record EventHandlerRoute(Type HandlerType, Func<object, IDomainEvent, EventContext, CancellationToken, Task> Invoke)
{
    private static readonly MethodInfo CallMethod = typeof(EventHandlerRoute).GetMethod(nameof(Call), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The route for handlers of <paramref name="contract"/>: an event type or an event contract such as a marker interface.</summary>
    public static EventHandlerRoute For(Type contract) => new(
        typeof(IDomainEventHandler<>).MakeGenericType(contract),
        CallMethod.MakeGenericMethod(contract).CreateDelegate<Func<object, IDomainEvent, EventContext, CancellationToken, Task>>());

    private static Task Call<TEvent>(object handler, IDomainEvent domainEvent, EventContext context, CancellationToken ct)
        where TEvent : IDomainEvent => ((IDomainEventHandler<TEvent>)handler).HandleAsync((TEvent)domainEvent, context, ct);
}
