namespace RusToK.Domain.Kernel.Live;

/// <summary>Where a change says so to the open admin pages, on this node and (with Redis) on every other.</summary>
public interface ILiveUpdates
{
    /// <summary>Fire and forget: a message lost on the way costs a page its refresh, never data.</summary>
    void Publish(LiveMessage message);
}
