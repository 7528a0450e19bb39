namespace RusToK.Domain.Capabilities.Search;

/// <summary>How far a rebuild is: while queuing, <see cref="Total"/> grows; then <see cref="Done"/> catches up with it.</summary>
public sealed record SearchRebuildProgress(
    Guid Id, Guid TenantId, string TenantName, string RequestedBy, DateTime StartedAt, bool Queuing, int Total, int Done, DateTime? FinishedAt, string? LastError)
{
    public bool IsRunning => FinishedAt is null;

    /// <summary>0–100; unknown (0) until queuing has finished, since the total still grows.</summary>
    public double Percent => FinishedAt is not null ? 100 : Queuing || Total == 0 ? 0 : Math.Round(100.0 * Done / Total, 1);
}
