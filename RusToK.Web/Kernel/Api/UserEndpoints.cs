using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Web.Kernel.Api;

/// <summary><c>/api/v1/users</c> and <c>/api/v1/roles</c>: the current tenant's people and roles.</summary>
public static class UserEndpoints
{
    public static void MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(KernelPermissions.UsersManage);

        users.MapGet("/", async (string? search, [AsParameters] PagingQuery paging, IUserDirectory directory, CancellationToken ct) =>
            TypedResults.Ok(PageDto<UserSummary>.From(await directory.ListAsync(search, paging.ToRequest(), ct), u => u)))
            .WithSummary("List users");

        users.MapGet("/{id:guid}", async (Guid id, IUserDirectory directory, CancellationToken ct) =>
            await directory.FindAsync(id, ct) is { } user ? Results.Ok(user) : ApiProblems.NotFound("User not found."))
            .WithSummary("Get a user").Produces<UserSummary>();

        users.MapPost("/", async (InviteUserRequest request, IUserDirectory directory, HttpContext http, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var baseUrl = $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/";
            var result = await directory.InviteAsync(new InviteUserCommand(request.Email, request.DisplayName, request.Roles ?? [], request.Password), baseUrl, ct);
            return ApiProblems.From(result, () => Results.Created($"/api/v1/users/{result.Value!.Id}", result.Value));
        }).WithSummary("Invite or create a user").Produces<UserSummary>(StatusCodes.Status201Created).ProducesValidationProblem();

        users.MapPut("/{id:guid}/roles", async (Guid id, RolesRequest request, IUserDirectory directory, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            return ApiProblems.From(await directory.SetRolesAsync(id, request.Roles, ct), Results.NoContent);
        }).WithSummary("Replace a user's roles");

        var roles = api.MapGroup("/roles").WithTags("Roles").RequireAuthorization(KernelPermissions.RolesManage);

        roles.MapGet("/", async (IRoleDirectory directory, CancellationToken ct) => TypedResults.Ok(await directory.ListAsync(ct))).WithSummary("List roles");

        roles.MapPost("/", async (RoleRequest request, IRoleDirectory directory, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            var result = await directory.CreateAsync(request.Name, request.Permissions ?? [], ct);
            return ApiProblems.From(result, () => Results.Created($"/api/v1/roles/{result.Value!.Id}", result.Value));
        }).WithSummary("Create a role").Produces<RoleSummary>(StatusCodes.Status201Created).ProducesValidationProblem();

        roles.MapPut("/{id:guid}/permissions", async (Guid id, PermissionsRequest request, IRoleDirectory directory, CancellationToken ct) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            return ApiProblems.From(await directory.SetPermissionsAsync(id, request.Permissions, ct), Results.NoContent);
        }).WithSummary("Replace a role's permissions");

        roles.MapDelete("/{id:guid}", async (Guid id, IRoleDirectory directory, CancellationToken ct) =>
            ApiProblems.From(await directory.DeleteAsync(id, ct), Results.NoContent)).WithSummary("Delete a custom role");
    }
}
