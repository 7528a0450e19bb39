using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using RusToK.Domain.Kernel.Security;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Ends cookie sessions server-side: signing out records the session id in the database, and every node refuses
/// a cookie whose session is recorded. Each node remembers an answer for <see cref="CheckInterval"/>, so a
/// signed-in visitor costs one query per half minute rather than one per request, and a cookie copied before
/// sign-out stops working at once on the node that signed out and within that interval on the others.
/// </summary>
public sealed class SessionRevocations(AppDbContextFactory dbFactory, TimeProvider clock) : IDisposable
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(30);

    // Bounded: one small entry per active session on this node; past the limit entries are simply re-checked.
    private readonly MemoryCache _answers = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public static string NewSessionId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    public static string? SessionOf(ClaimsPrincipal principal) => principal.FindFirst(RusToKClaims.Session)?.Value;

    public async ValueTask<bool> IsRevokedAsync(string sessionId, CancellationToken ct)
    {
        if (_answers.TryGetValue(sessionId, out bool revoked)) return revoked;
        await using var db = dbFactory.CreatePlatformContext();
        revoked = await db.RevokedSessions.AnyAsync(s => s.SessionId == sessionId, ct);
        Remember(sessionId, revoked);
        return revoked;
    }

    /// <summary>Records the session as ended until no copy of its cookie can still be valid.</summary>
    public async Task RevokeAsync(string sessionId, TimeSpan cookieLifetime, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreatePlatformContext();
        // Sign-outs are rare, so they also clear the rows whose cookies have all expired.
        await db.RevokedSessions.Where(s => s.ExpiresAt < now).ExecuteDeleteAsync(ct);
        if (!await db.RevokedSessions.AnyAsync(s => s.SessionId == sessionId, ct))
        {
            db.RevokedSessions.Add(new RevokedSession { SessionId = sessionId, ExpiresAt = now + cookieLifetime });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Two sign-outs of the same session at once (two tabs): fine if the other one recorded it.
                db.ChangeTracker.Clear();
                if (!await db.RevokedSessions.AnyAsync(s => s.SessionId == sessionId, ct)) throw;
            }
        }

        Remember(sessionId, true);
    }

    private void Remember(string sessionId, bool revoked) =>
        _answers.Set(sessionId, revoked, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = CheckInterval });

    public void Dispose() => _answers.Dispose();
}
