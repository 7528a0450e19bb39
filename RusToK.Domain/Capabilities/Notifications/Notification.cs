using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Notifications;

/// <summary>
/// One message in one person's inbox, written once per event and recipient (a redelivered event finds it). The
/// sentence is an English template the UI translates: "{0}" the person who caused it, "{1}" the subject.
/// </summary>
public sealed class Notification : ITenantOwned
{
    public const int MaxSubjectLength = 300;

    private Notification()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public Guid UserId { get; private set; }

    /// <summary>The event that caused it: with <see cref="UserId"/>, what makes a redelivery write nothing.</summary>
    public Guid SourceEventId { get; private set; }

    public string Sentence { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string? Path { get; private set; }

    public Guid? ActorId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public static Notification For(Guid tenantId, Guid userId, Guid sourceEventId, NotificationDraft draft, Guid? actorId, DateTime now) => new()
    {
        TenantId = tenantId,
        UserId = userId,
        SourceEventId = sourceEventId,
        Sentence = draft.Sentence,
        Subject = draft.Subject.Length > MaxSubjectLength ? draft.Subject[..MaxSubjectLength] : draft.Subject,
        Path = draft.Path,
        ActorId = actorId,
        CreatedAt = now,
    };

    public void MarkRead(DateTime now) => ReadAt ??= now;
}
