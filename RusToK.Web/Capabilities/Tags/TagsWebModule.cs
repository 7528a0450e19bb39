using RusToK.Components.Capabilities.Tags;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Capabilities.Tags.Search;
using RusToK.Domain.Kernel.Modules;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Tags;

/// <summary>The tags capability in the host: always on, used by any module that attaches tags.</summary>
public sealed class TagsWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new TagsCapability();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<TagService>();
        services.AddModuleStrings<TagsStrings>();
        services.AddEventHandlers<TagSearchProjection>();
    }

    public IReadOnlyList<IApiOperation> Operations => TagOperations.All;
}
