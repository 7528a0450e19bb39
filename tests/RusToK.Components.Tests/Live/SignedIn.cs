using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Components.Tests.Live;

/// <summary>A circuit's person and what their role grants, for a test.</summary>
public sealed class SignedIn(Guid userId, params string[] permissions) : AuthenticationStateProvider, IPermissionChecker
{
    private readonly ClaimsPrincipal _user = new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId.ToString())], "test"));

    public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(_user));

    public Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default) => Task.FromResult(permissions.Contains(permission));

    public Task<IReadOnlySet<string>> GrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlySet<string>>(permissions.ToHashSet());
}
