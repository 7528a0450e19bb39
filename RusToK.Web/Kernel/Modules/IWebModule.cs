using RusToK.Domain.Kernel.Modules;

namespace RusToK.Web.Kernel.Modules;

/// <summary>A module's part in the host: its services, REST endpoints and GraphQL fields.</summary>
public interface IWebModule
{
    ModuleDescriptor Descriptor { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps endpoints under <c>/api/v1</c>; the group is already gated on the module being enabled.</summary>
    void MapEndpoints(RouteGroupBuilder api);
}
