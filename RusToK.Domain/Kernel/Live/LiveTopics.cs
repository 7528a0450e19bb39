namespace RusToK.Domain.Kernel.Live;

/// <summary>Topics the kernel's own pages listen to; modules and capabilities name theirs beside their code.</summary>
public static class LiveTopics
{
    /// <summary>A new line in the activity feed: the dashboard's tiles and counters refresh.</summary>
    public const string Activity = "activity";
}
