namespace RusToK.Infrastructure.Kernel.Live;

/// <summary>
/// The <c>Live</c> section: with a Redis connection (by default the jobs' one, <c>Jobs:RedisConnectionString</c>),
/// live messages cross nodes through Redis pub/sub; without, they stay on the node that raised them.
/// </summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    public string? RedisConnectionString { get; set; }

    /// <summary>The pub/sub channel; installations sharing one Redis keep apart by naming their own.</summary>
    public string Channel { get; set; } = "rustok:live";
}
