using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Site;

namespace RusToK.Domain.Kernel.Identity;

/// <summary>A person changed how they appear: bylines and author pages show it, so cached pages go.</summary>
public sealed record ProfileUpdated(Guid UserId) : DomainEvent(UserId), IReaderVisibleChange;
