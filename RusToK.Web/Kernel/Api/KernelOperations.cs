using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Web.Kernel.GraphQL;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Kernel.Api;

/// <summary>The kernel's own operations on the caller, the site and its modules: <c>/me</c>, <c>/tenant</c>, <c>/modules</c>.</summary>
public static class KernelOperations
{
    private static readonly OperationSet Identity = new("Identity");
    private static readonly OperationSet Modules = new("Modules");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Identity.Get<NoInput, MeDto>("me", "/me", OperationPermission.SignedIn, "The caller, their tenant and permissions",
            async (_, c) => Ok(await MeDto.ForAsync(c.User, c.Get<ITenantContext>(), c.Get<IPermissionChecker>(), c.CancellationToken))),
        Identity.Get<NoInput, PublicTenantDto>("tenant", "/tenant", OperationPermission.Public, "The site answering this request: what anyone may know about it",
            (_, c) => Task.FromResult(Ok(PublicTenantDto.From(c.Tenant)))),
        Modules.Get<NoInput, List<ModuleDto>>("modules", "/modules", KernelPermissions.AdminAccess, "Modules offered and whether each is on",
            (_, c) => Task.FromResult(Ok(c.Get<ModuleCatalog>().All.OrderBy(m => m.Name).Select(m => ModuleDto.From(m, c.Tenant)).ToList()))),
        Modules.Post<ByName, EnabledModulesDto>("enableModule", "/modules/{name}/enable", KernelPermissions.ModulesManage, "Enable a module and what it depends on",
            async (input, c) => (await c.Get<ModuleActivationService>().EnableAsync(c.Tenant.Id, input.Name, c.CancellationToken)).Map(enabled => new EnabledModulesDto(enabled))),
        Modules.Post<ByName>("disableModule", "/modules/{name}/disable", KernelPermissions.ModulesManage, "Disable a module (refused while others depend on it)",
            (input, c) => c.Get<ModuleActivationService>().DisableAsync(c.Tenant.Id, input.Name, c.CancellationToken)),
    ];
}
