using RusToK.Web.Kernel.Modules;

namespace RusToK.Web.Kernel.Operations;

/// <summary>Registers operations and maps every registered and module operation onto <c>/api/v1</c>.</summary>
public static class OperationRegistration
{
    public static IServiceCollection AddApiOperations(this IServiceCollection services, IReadOnlyList<IApiOperation> operations) =>
        services.AddSingleton(new DeclaredOperations(operations));

    /// <summary>The kernel's and capabilities' operations (always on); modules' are mapped behind their gate by the module registry.</summary>
    public static void MapDeclaredOperations(this IEndpointRouteBuilder api)
    {
        foreach (var operation in api.ServiceProvider.GetServices<DeclaredOperations>().SelectMany(d => d.All)) operation.MapRest(api);
    }

    public static void MapOperations(this IEndpointRouteBuilder api, IWebModule module)
    {
        foreach (var operation in module.Operations) operation.MapRest(api);
    }
}
