namespace RusToK.Domain.Kernel.Live;

/// <summary>Every live message reaching this node, unfiltered: circuits filter by tenant, permission and person.</summary>
public interface ILiveFeed
{
    IDisposable Subscribe(Action<LiveMessage> listener);
}
