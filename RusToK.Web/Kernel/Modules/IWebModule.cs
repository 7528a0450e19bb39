using RusToK.Domain.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Kernel.Modules;

/// <summary>
/// A module's (or capability's) part in the host. The kernel finds every implementation in this assembly, so a module
/// registers itself here and nowhere else: services (including its demo data, home-page sections, stylesheets, strings
/// and event handlers), API operations (REST and GraphQL from one declaration) and public addresses.
/// </summary>
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

    /// <summary>Maps public addresses that set their own caching (files), gated on the module being enabled but not output-cached.</summary>
    void MapFiles(IEndpointRouteBuilder site)
    {
    }

    /// <summary>Runs once at start-up after migrations and seeding (recurring jobs, warm-ups).</summary>
    void Start(IServiceProvider services)
    {
    }
}
