using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Infrastructure.Kernel.Configuration;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Media;

/// <summary>The media library in the host: always on, used by any module that shows files.</summary>
public static class MediaCapability
{
    public static IServiceCollection AddMediaCapability(this IServiceCollection services, RusToKPaths paths) => services.AddMediaInfrastructure(paths).AddApiOperations(MediaOperations.All);
}
