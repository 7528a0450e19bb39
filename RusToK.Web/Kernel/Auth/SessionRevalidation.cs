using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// An admin circuit outlives the request that opened it: every <see cref="SessionRevocations.CheckInterval"/> it asks
/// whether its session was signed out (in another tab, or on another node) and, if so, continues as nobody.
/// </summary>
public sealed class SessionRevalidation(ILoggerFactory logs, SessionRevocations revocations)
    : RevalidatingServerAuthenticationStateProvider(logs)
{
    protected override TimeSpan RevalidationInterval => SessionRevocations.CheckInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        SessionRevocations.SessionOf(state.User) is not { } session || !await revocations.IsRevokedAsync(session, ct);
}
