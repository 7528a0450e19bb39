using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Rotating refresh tokens. Each refresh replaces the token; a replaced or revoked token presented again is
/// treated as stolen and its whole family is revoked, so neither the thief nor the owner can continue.
/// </summary>
public sealed class RefreshTokenService(AppDbContextFactory dbFactory, IOptions<AuthOptions> options, TimeProvider clock)
{
    public async Task<string> IssueAsync(AppUser user, Guid? familyId = null, CancellationToken ct = default)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        await using var db = dbFactory.CreatePlatformContext();
        db.RefreshTokens.Add(new RefreshToken
        {
            UserId = user.Id,
            TenantId = user.TenantId,
            FamilyId = familyId ?? Guid.CreateVersion7(),
            TokenHash = Hash(token),
            ExpiresAt = clock.GetUtcNow().UtcDateTime + options.Value.RefreshTokenLifetime,
        });
        await db.SaveChangesAsync(ct);
        return token;
    }

    /// <summary>Spends a token: returns its row when usable, or null (and revokes the family when it was reused).</summary>
    public async Task<RefreshToken?> RedeemAsync(string token, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreatePlatformContext();
        var row = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == Hash(token), ct);
        if (row is null) return null;
        if (row.ReplacedAt is not null || row.RevokedAt is not null)
        {
            await RevokeFamilyAsync(db, row.FamilyId, now, ct);
            return null;
        }

        if (row.ExpiresAt <= now) return null;

        // Mark it spent with a conditional update so two concurrent refreshes cannot both win.
        var spent = await db.RefreshTokens.Where(t => t.Id == row.Id && t.ReplacedAt == null && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ReplacedAt, now), ct);
        if (spent == 0)
        {
            await RevokeFamilyAsync(db, row.FamilyId, now, ct);
            return null;
        }

        return row;
    }

    public async Task RevokeAsync(string token, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreatePlatformContext();
        var row = await db.RefreshTokens.FirstOrDefaultAsync(t => t.TokenHash == Hash(token), ct);
        if (row is not null) await RevokeFamilyAsync(db, row.FamilyId, clock.GetUtcNow().UtcDateTime, ct);
    }

    private static Task RevokeFamilyAsync(AppDbContext db, Guid familyId, DateTime now, CancellationToken ct) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);

    private static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
