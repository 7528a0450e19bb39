using System.Collections.Concurrent;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Infrastructure.Tests.Kernel;

/// <summary>Handles an event contract rather than an event type, as the kernel's storefront cache does.</summary>
public sealed class ReaderVisibleChangeRecorder : IDomainEventHandler<IReaderVisibleChange>
{
    public ConcurrentBag<(Guid OutboxMessageId, string EventType)> Seen { get; } = [];

    public Task HandleAsync(IReaderVisibleChange domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        Seen.Add((context.OutboxMessageId, domainEvent.GetType().Name));
        return Task.CompletedTask;
    }
}
