using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using RusToK.Domain.Kernel.Modules;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Any permission a module declares is usable as a policy name: <c>[Authorize(Policy = "users.manage")]</c>.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, ModuleCatalog catalog) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (await base.GetPolicyAsync(policyName) is { } named) return named;
        if (catalog.OwnerOf(policyName) is null) return null;
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}
