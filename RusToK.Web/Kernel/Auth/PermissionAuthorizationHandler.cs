using Microsoft.AspNetCore.Authorization;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Pages, REST and GraphQL all end here: the one permission check.</summary>
public sealed class PermissionAuthorizationHandler(IPermissionChecker permissions) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (await permissions.HasAsync(context.User, requirement.Permission)) context.Succeed(requirement);
    }
}
