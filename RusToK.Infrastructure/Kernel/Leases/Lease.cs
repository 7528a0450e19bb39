namespace RusToK.Infrastructure.Kernel.Leases;

/// <summary>
/// A named piece of work that one holder at a time may do across all nodes: the row says who holds it and until when.
/// A holder that dies simply stops renewing, and the work passes to whoever asks after <see cref="Until"/>.
/// </summary>
public sealed class Lease
{
    public const int MaxNameLength = 100;

    public const int MaxHolderLength = 200;

    public string Name { get; set; } = "";

    /// <summary>Who holds it: one instance on one node (see <see cref="LeaseStore.NewHolder"/>).</summary>
    public string Holder { get; set; } = "";

    /// <summary>When it lapses unless renewed (UTC).</summary>
    public DateTime Until { get; set; }
}
