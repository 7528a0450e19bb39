using System.Collections.Concurrent;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Modules.Announcements.Events;

namespace RusToK.Infrastructure.Tests.Kernel;

/// <summary>A handler that fails for titles starting with "fail", and remembers what it handled.</summary>
public sealed class FlakyHandler : IDomainEventHandler<AnnouncementCreated>
{
    public ConcurrentBag<(string Title, Guid? TenantId)> Handled { get; } = [];

    public Task HandleAsync(AnnouncementCreated domainEvent, EventContext context, CancellationToken cancellationToken)
    {
        if (domainEvent.Title.StartsWith("fail", StringComparison.Ordinal)) throw new InvalidOperationException("search index is down");
        Handled.Add((domainEvent.Title, context.TenantId));
        return Task.CompletedTask;
    }
}
