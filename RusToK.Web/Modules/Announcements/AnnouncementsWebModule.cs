using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Storefront;
using RusToK.Components.Modules.Announcements;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Announcements;
using RusToK.Domain.Modules.Announcements.Activity;
using RusToK.Infrastructure.Kernel.Events;
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
        services.AddEventHandlers<AnnouncementActivity>();
        services.AddModuleStrings<AnnouncementsStrings>();
        services.AddScoped<IDemoDataSeeder, DemoAnnouncementSeeder>();
        services.AddHomeSection<AnnouncementBanner>(AnnouncementsModule.ModuleName, order: 0);
        services.AddStylesheet("Modules/Announcements/announcements.css");
    }

    public IReadOnlyList<IApiOperation> Operations => AnnouncementOperations.All;
}
