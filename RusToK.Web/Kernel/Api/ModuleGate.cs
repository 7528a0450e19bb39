using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Marks an endpoint as belonging to a module. <see cref="ModuleGateMiddleware"/> answers 404 for it while the module
/// is off for the tenant: before authorization, so the answer is "not enabled", not a misleading 403.
/// </summary>
public sealed record ModuleGate(string Module);

/// <summary>Hides the API of modules that are off for the current tenant; their data stays untouched.</summary>
public sealed class ModuleGateMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, ITenantContext tenant, ModuleCatalog catalog)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ModuleGate>() is { } gate && !catalog.IsOn(gate.Module, tenant.Current))
        {
            await TypedResults.Problem(catalog.NotEnabledMessage(gate.Module), statusCode: StatusCodes.Status404NotFound, title: "Module not enabled").ExecuteAsync(http);
            return;
        }

        await next(http);
    }
}
