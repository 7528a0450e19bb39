using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Storefront;
using RusToK.Components.Modules.Content;
using RusToK.Components.Modules.Pages;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Pages;
using RusToK.Domain.Modules.Pages.Menus;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Modules.Pages.Demo;

namespace RusToK.Web.Modules.Pages;

/// <summary>The Pages module in the host (its storefront and admin pages live in RusToK.Components).</summary>
public sealed class PagesWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new PagesModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PageService>();
        services.AddModuleStrings<PagesStrings>();
        services.AddScoped<MenuService>();
        services.AddScoped<IDemoDataSeeder, DemoPagesSeeder>();
        services.AddHomeSection<PagesHome>(PagesModule.ModuleName, order: 100, fillsPage: true);
        services.AddStylesheet("Modules/Pages/pages.css");
        services.AddScoped<ISitemapSource, PagesSitemapSource>();
        services.AddScoped<ISiteNavigation, MenuNavigation>();
        services.AddScoped<IContentTypeDefinition, PageContentType>();
        services.AddSingleton(new ContentTypeEditor(PagesModule.PageType, typeof(PagePlacementFields)));
    }

    public IReadOnlyList<IApiOperation> Operations => PageOperations.All;
}
