using RusToK.Domain.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.Modules;

/// <summary>A module's part in the host: its services, REST endpoints and GraphQL fields.</summary>
public interface IWebModule
{
    ModuleDescriptor Descriptor { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>The module's API operations, each mapped onto REST under <c>/api/v1</c> and onto the GraphQL schema, gated on the module being enabled.</summary>
    IReadOnlyList<IApiOperation> Operations => [];

    /// <summary>Maps what is not an operation (file uploads and the like) under <c>/api/v1</c>; the group is already gated on the module being enabled.</summary>
    void MapEndpoints(RouteGroupBuilder api)
    {
    }

    /// <summary>Maps public, non-API addresses (feeds and the like), gated on the module being enabled and output-cached for readers.</summary>
    void MapSite(IEndpointRouteBuilder site)
    {
    }

    /// <summary>Runs once at start-up after migrations and seeding (recurring jobs, warm-ups).</summary>
    void Start(IServiceProvider services)
    {
    }
}
