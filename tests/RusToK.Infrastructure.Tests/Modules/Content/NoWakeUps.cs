using RusToK.Domain.Modules.Content;

namespace RusToK.Infrastructure.Tests.Modules.Content;

/// <summary>A scheduler nobody listens to: these tests publish now.</summary>
public sealed class NoWakeUps : IPublishingScheduler
{
    public void WakeAt(DateTime utc)
    {
    }
}
