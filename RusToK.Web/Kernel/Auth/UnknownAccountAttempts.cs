using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Failed sign-ins for addresses that have no account, counted like a real account's failures, so that a "locked"
/// answer after five tries does not tell which addresses exist. Bounded: a spray of random addresses evicts old
/// entries instead of growing memory.
/// </summary>
public sealed class UnknownAccountAttempts(IOptions<IdentityOptions> identity) : IDisposable
{
    private readonly MemoryCache _failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>Counts one more failure for the address and says whether it now reads as locked out.</summary>
    public bool FailAndCheckLocked(Guid? tenantId, string normalizedEmail)
    {
        var key = (tenantId, normalizedEmail);
        var failures = _failures.TryGetValue(key, out int count) ? count + 1 : 1;
        var lockout = identity.Value.Lockout;
        _failures.Set(key, failures, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lockout.DefaultLockoutTimeSpan });
        return failures >= lockout.MaxFailedAccessAttempts;
    }

    public void Dispose() => _failures.Dispose();
}
