using System.Collections.Concurrent;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Announcements.Events;

namespace RusToK.Infrastructure.Tests.Kernel;

/// <summary>
/// Counts its own invocations per title (not ProcessedEvents, which records only finished ones) and takes a moment
/// over titles starting with "node", so two relays running the same message at once would both be caught inside it.
/// </summary>
public sealed class CountingHandler : IDomainEventHandler<AnnouncementCreated>
{
    public ConcurrentDictionary<string, int> Invocations { get; } = new(StringComparer.Ordinal);

    public async Task HandleAsync(AnnouncementCreated domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        Invocations.AddOrUpdate(domainEvent.Title, 1, (_, count) => count + 1);
        if (domainEvent.Title.StartsWith("node", StringComparison.Ordinal)) await Task.Delay(5, cancellationToken);
    }
}
