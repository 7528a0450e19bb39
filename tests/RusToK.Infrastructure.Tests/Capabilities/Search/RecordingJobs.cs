using Hangfire;
using Hangfire.Common;
using Hangfire.States;

namespace RusToK.Infrastructure.Tests.Capabilities.Search;

/// <summary>Hangfire's client without a server: the jobs asked for, to run by hand.</summary>
public sealed class RecordingJobs : IBackgroundJobClient
{
    public List<Job> Created { get; } = [];

    public string Create(Job job, IState state)
    {
        lock (Created) Created.Add(job);
        return Guid.NewGuid().ToString("N");
    }

    public bool ChangeState(string jobId, IState state, string expectedState) => true;
}
