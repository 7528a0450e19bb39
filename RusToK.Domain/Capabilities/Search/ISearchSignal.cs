namespace RusToK.Domain.Capabilities.Search;

/// <summary>Wakes the projection after work is queued, so a published post is found in well under a second.</summary>
public interface ISearchSignal
{
    void Notify();
}
