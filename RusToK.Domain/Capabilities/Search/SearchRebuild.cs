namespace RusToK.Domain.Capabilities.Search;

/// <summary>
/// One rebuild of a tenant's index, kept in the database so its progress survives a page reload and a restart: first
/// every entity is queued (<see cref="QueuedAt"/> marks the end), then the projection drains the queue as usual and
/// progress is how much of <see cref="Total"/> has left it. A rebuild whose queuing stopped (a restart) is resumed.
/// </summary>
public sealed class SearchRebuild
{
    private SearchRebuild()
    {
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid TenantId { get; private set; }

    public string RequestedBy { get; private set; } = "";

    public DateTime StartedAt { get; private set; }

    /// <summary>The tenant's old documents were removed: a resumed rebuild does not remove what it already rewrote.</summary>
    public DateTime? ClearedAt { get; private set; }

    /// <summary>Every entity is in the queue; from here the projection does the rest.</summary>
    public DateTime? QueuedAt { get; private set; }

    public int Total { get; private set; }

    public DateTime? FinishedAt { get; private set; }

    /// <summary>Renewed while queuing: one that stops beating was interrupted and is resumed.</summary>
    public DateTime HeartbeatAt { get; private set; }

    public string? LastError { get; private set; }

    public static SearchRebuild Start(Guid tenantId, string requestedBy, DateTime now) =>
        new() { TenantId = tenantId, RequestedBy = requestedBy, StartedAt = now, HeartbeatAt = now };

    public bool IsRunning => FinishedAt is null;

    public void Cleared(DateTime now) => ClearedAt = HeartbeatAt = now;

    public void Beat(int queuedSoFar, DateTime now)
    {
        Total = queuedSoFar;
        HeartbeatAt = now;
    }

    public void Queued(int total, DateTime now)
    {
        Total = total;
        QueuedAt = HeartbeatAt = now;
        LastError = null;
    }

    public void Failed(string error, DateTime now)
    {
        LastError = error.Length > 1000 ? error[..1000] : error;
        HeartbeatAt = now;
    }

    public void Finished(DateTime now) => FinishedAt = now;
}
