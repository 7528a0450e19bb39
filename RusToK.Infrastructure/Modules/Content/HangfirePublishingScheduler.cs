using Hangfire;
using RusToK.Domain.Modules.Content;

namespace RusToK.Infrastructure.Modules.Content;

/// <summary>Schedules a one-off sweep at the publication time, so an item goes live on time rather than up to a minute late.</summary>
public sealed class HangfirePublishingScheduler(IBackgroundJobClient jobs) : IPublishingScheduler
{
    public void WakeAt(DateTime utc) =>
        jobs.Schedule<ScheduledPublishingJob>(job => job.RunAsync(CancellationToken.None), new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
