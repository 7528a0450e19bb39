using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary><c>/api/v1/modules</c>: the current tenant's modules, switched on and off with dependencies respected.</summary>
public static class ModuleEndpoints
{
    public static void MapModuleEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/modules").WithTags("Modules");

        group.MapGet("/", (ModuleCatalog catalog, ITenantContext tenant) =>
            TypedResults.Ok(catalog.All.OrderBy(m => m.Name).Select(m => ModuleDto.From(m, tenant.Current!)).ToList()))
            .RequireAuthorization(KernelPermissions.AdminAccess).WithSummary("Modules offered and whether each is on");

        group.MapPost("/{name}/enable", async (string name, ModuleActivationService activation, ITenantContext tenant, CancellationToken ct) =>
        {
            var result = await activation.EnableAsync(tenant.Current!.Id, name, ct);
            return ApiProblems.From(result, () => Results.Ok(new { enabled = result.Value }));
        }).RequireAuthorization(KernelPermissions.ModulesManage).WithSummary("Enable a module and what it depends on");

        group.MapPost("/{name}/disable", async (string name, ModuleActivationService activation, ITenantContext tenant, CancellationToken ct) =>
            ApiProblems.From(await activation.DisableAsync(tenant.Current!.Id, name, ct), Results.NoContent))
            .RequireAuthorization(KernelPermissions.ModulesManage).WithSummary("Disable a module (refused while others depend on it)");
    }
}
