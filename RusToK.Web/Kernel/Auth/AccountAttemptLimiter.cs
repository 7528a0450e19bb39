using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Attempts per e-mail address (sign-in, tokens, registration, password reset), whichever client address they
/// come from, so that spreading a password guess or a flood of reset mails over many machines does not help.
/// The limiter drops idle addresses by itself, so random addresses do not grow memory.
/// </summary>
public sealed class AccountAttemptLimiter(IOptions<RateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PerAccountPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Counts an attempt for the address; false with the wait when the address has had its share this minute.</summary>
    public bool TryAttempt(string purpose, Guid? tenantId, string email, out TimeSpan retryAfter)
    {
        using var lease = _limiter.AttemptAcquire($"{purpose}:{tenantId}:{email.Trim().ToUpperInvariant()}");
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
