using RusToK.Components.Capabilities.Media;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Shared;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Media.Activity;
using RusToK.Domain.Kernel.Modules;
using RusToK.Infrastructure.Capabilities.Media;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Media;

/// <summary>The media library in the host: always on, used by any module that shows files.</summary>
public sealed class MediaWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new MediaCapability();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddMediaInfrastructure();
        services.AddEventHandlers<MediaActivity>();
        services.AddModuleStrings<MediaStrings>();
        services.AddStylesheet("Capabilities/Media/media.css");
        // The library is where kernel pages (a person's avatar) pick images from.
        services.AddSingleton(new ImagePicker(typeof(MediaPickerDialog), MediaPermissions.Manage, chosen => (chosen as MediaFile)?.Url()));
    }

    public IReadOnlyList<IApiOperation> Operations => MediaOperations.All;

    // The upload takes a form with a file, which GraphQL does not carry: the one media operation outside the declarations.
    public void MapEndpoints(RouteGroupBuilder api) => api.MapMediaUpload();

    public void MapFiles(IEndpointRouteBuilder site) => site.MapMediaFiles();
}
