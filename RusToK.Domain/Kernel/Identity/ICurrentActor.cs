namespace RusToK.Domain.Kernel.Identity;

/// <summary>
/// The signed-in person a scope acts for (a request or an admin circuit); null for background jobs and anonymous
/// readers. The events a change raises carry it, so the activity feed and the audit trail can say who did it.
/// </summary>
public interface ICurrentActor
{
    Guid? UserId { get; }
}
