using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Security;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Kernel.Site;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Kernel.Api;

/// <summary>The current tenant's people (REST <c>/users</c>, users.manage) and roles (<c>/roles</c>, roles.manage).</summary>
public static class UserOperations
{
    private static readonly OperationSet Users = new("Users");
    private static readonly OperationSet Roles = new("Roles");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Users.Get<SearchPage, PageDto<UserSummary>>("users", "/users", KernelPermissions.UsersManage, "List users",
            async (input, c) => Ok(PageDto<UserSummary>.From(await c.Get<IUserDirectory>().ListAsync(input.Search, input.ToRequest(), c.CancellationToken), u => u))),
        Users.Get<ById, UserSummary>("user", "/users/{id:guid}", KernelPermissions.UsersManage, "Get a user",
            async (input, c) => (await c.Get<IUserDirectory>().FindAsync(input.Id, c.CancellationToken)).OrNotFound("User not found.")),
        Users.Post<WithBody<InviteUserRequest>, UserSummary>("inviteUser", "/users", KernelPermissions.UsersManage, "Invite or create a user", InviteAsync)
            .Created(u => $"/api/v1/users/{u.Id}"),
        Users.Put<ByIdWithBody<RolesRequest>>("setUserRoles", "/users/{id:guid}/roles", KernelPermissions.UsersManage, "Replace a user's roles",
            (input, c) => c.Get<IUserDirectory>().SetRolesAsync(input.Id, input.Input.Roles, c.CancellationToken)),
        Roles.Get<NoInput, IReadOnlyList<RoleSummary>>("roles", "/roles", KernelPermissions.RolesManage, "List roles",
            async (_, c) => Ok(await c.Get<IRoleDirectory>().ListAsync(c.CancellationToken))),
        Roles.Post<WithBody<RoleRequest>, RoleSummary>("createRole", "/roles", KernelPermissions.RolesManage, "Create a role",
            (input, c) => c.Get<IRoleDirectory>().CreateAsync(input.Input.Name, input.Input.Permissions ?? [], c.CancellationToken))
            .Created(r => $"/api/v1/roles/{r.Id}"),
        Roles.Put<ByIdWithBody<PermissionsRequest>>("setRolePermissions", "/roles/{id:guid}/permissions", KernelPermissions.RolesManage, "Replace a role's permissions",
            (input, c) => c.Get<IRoleDirectory>().SetPermissionsAsync(input.Id, input.Input.Permissions, c.CancellationToken)),
        Roles.Delete<ById>("deleteRole", "/roles/{id:guid}", KernelPermissions.RolesManage, "Delete a custom role",
            (input, c) => c.Get<IRoleDirectory>().DeleteAsync(input.Id, c.CancellationToken)),
    ];

    // The invitation's confirmation link points back at the address the request came to.
    private static Task<OperationResult<UserSummary>> InviteAsync(WithBody<InviteUserRequest> input, OperationContext c)
    {
        var invite = input.Input;
        return c.Get<IUserDirectory>().InviteAsync(new InviteUserCommand(invite.Email, invite.DisplayName, invite.Roles ?? [], invite.Password), SiteUrls.BaseOf(c.Get<IHttpContextAccessor>().HttpContext!.Request), c.CancellationToken);
    }
}
