using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Capabilities.Media.Events;

public sealed record MediaUploaded(Guid MediaId, MediaKind Kind) : DomainEvent(MediaId);
