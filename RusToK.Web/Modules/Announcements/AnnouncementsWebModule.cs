using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Announcements;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Modules.Announcements;

/// <summary>The Announcements module's registration in the host.</summary>
public sealed class AnnouncementsWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new AnnouncementsModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<AnnouncementService>();
    }

    public IReadOnlyList<IApiOperation> Operations => AnnouncementOperations.All;
}
