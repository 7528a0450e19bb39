namespace RusToK.Domain.Modules.Content;

/// <summary>Asks the job system to publish due items at a given time (a minutely sweep catches anything missed).</summary>
public interface IPublishingScheduler
{
    void WakeAt(DateTime utc);
}
