using RusToK.Domain.Kernel.Events;

namespace RusToK.Domain.Kernel.Site;

/// <summary>
/// An event that may change what readers of the tenant's site see. The kernel handles the contract, not the event
/// types (it drops the tenant's cached pages and reads), so a module declares this on its events and names nothing else.
/// </summary>
public interface IReaderVisibleChange : IDomainEvent
{
    /// <summary>False for an occurrence readers cannot see (a draft saved, a draft deleted).</summary>
    bool ReadersSeeIt => true;
}
