using System.Security.Claims;

namespace RusToK.Domain.Kernel.Security;

/// <summary>The one permission check used by pages, REST and GraphQL alike.</summary>
public interface IPermissionChecker
{
    /// <summary>True when the user holds the permission in the current tenant and the module that declares it is on.</summary>
    Task<bool> HasAsync(ClaimsPrincipal user, string permission, CancellationToken cancellationToken = default);

    /// <summary>Every permission the user holds in the current tenant (modules that are off excluded).</summary>
    Task<IReadOnlySet<string>> GrantedAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
