using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Capabilities.Media.Events;

/// <summary>Carries the storage prefix so the files can be removed after the row is gone.</summary>
public sealed record MediaDeleted(Guid MediaId, string StoragePrefix) : DomainEvent(MediaId);
