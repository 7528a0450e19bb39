using Microsoft.AspNetCore.Identity;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// One password check for the sign-in page and the token endpoint: a user of the current tenant, else a platform
/// administrator with that e-mail. Failed attempts count towards lockout. An unknown address costs the same hash
/// check and reaches the same lockout as a real one, so neither the time nor the answer tells whether it exists.
/// </summary>
public sealed class PasswordCheck(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, TenantUserStore store, ITenantContext tenant,
    UnknownAccountAttempts unknown, AccountAttemptLimiter limiter)
{
    // A hash of a random password made once per process, verified against for addresses without an account.
    private static readonly Lazy<string> StandInHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString("N")));

    /// <summary>The account that signs in with this e-mail here: the tenant's user, else a platform administrator.</summary>
    public async Task<AppUser?> FindAsync(string email, CancellationToken ct = default) =>
        await users.FindByEmailAsync(email.Trim()) ?? await store.FindPlatformAdminByEmailAsync(users.NormalizeEmail(email.Trim()), ct);

    /// <summary>Counts an attempt for this address in this tenant; false, with the wait, once it had its share this minute.</summary>
    public bool TryAttempt(string purpose, string email, out TimeSpan retryAfter) => limiter.TryAttempt(purpose, tenant.Current?.Id, email, out retryAfter);

    public async Task<(SignInResult Result, AppUser? User)> CheckAsync(string email, string password, CancellationToken ct = default)
    {
        var user = await FindAsync(email, ct);
        return user is null ? (RejectUnknown(email, password), null) : (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true), user);
    }

    /// <summary>The answer for an address without an account, after the same work a real check does.</summary>
    public SignInResult RejectUnknown(string email, string password)
    {
        users.PasswordHasher.VerifyHashedPassword(new AppUser(), StandInHash.Value, password);
        return unknown.FailAndCheckLocked(tenant.Current?.Id, users.NormalizeEmail(email.Trim())) ? SignInResult.LockedOut : SignInResult.Failed;
    }
}
