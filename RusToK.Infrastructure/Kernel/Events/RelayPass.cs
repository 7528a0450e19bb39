namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>What one call of <see cref="OutboxRelay.RelayPendingAsync"/> knows about its lease and its last read.</summary>
internal sealed class RelayPass
{
    /// <summary>When the lease was last taken or extended, by this node's clock.</summary>
    public DateTime RenewedAt { get; set; }

    /// <summary>The lease went to another node (this one stalled past its end); nothing more is delivered.</summary>
    public bool Lost { get; set; }

    /// <summary>The messages the last batch read, delivered or not.</summary>
    public IReadOnlyList<Guid> LastRead { get; set; } = [];
}
