using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Media.Events;
using RusToK.Domain.Kernel.Events;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure.Capabilities.Media;

/// <summary>Background work after uploads and deletions: WebP variants for new images, files removed for deleted rows.</summary>
public sealed class MediaVariantsHandler(TenantScopeFactory scopes, IMediaStorage storage) : IDomainEventHandler<MediaUploaded>, IDomainEventHandler<MediaDeleted>
{
    public async Task HandleAsync(MediaUploaded domainEvent, EventContext context, CancellationToken ct)
    {
        if (domainEvent.Kind != MediaKind.Image) return;
        await using var scope = await scopes.CreateAsync(context.TenantId, ct);
        await scope.ServiceProvider.GetRequiredService<MediaService>().ProduceVariantsAsync(domainEvent.MediaId, ct);
    }

    public Task HandleAsync(MediaDeleted domainEvent, EventContext context, CancellationToken ct) => storage.DeletePrefixAsync(domainEvent.StoragePrefix, ct);
}
