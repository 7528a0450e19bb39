using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>Endpoint filter: a module that is off for the tenant has no API (404), though its data stays.</summary>
public sealed class ModuleGate(string module) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var tenant = context.HttpContext.RequestServices.GetRequiredService<ITenantContext>().Current;
        if (tenant?.HasModule(module) == true) return await next(context);
        var name = context.HttpContext.RequestServices.GetRequiredService<ModuleCatalog>().Find(module)?.DisplayName ?? module;
        return TypedResults.Problem($"The {name} module is not enabled for this site.", statusCode: StatusCodes.Status404NotFound, title: "Module not enabled");
    }
}
