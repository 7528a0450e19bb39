using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Pages;
using RusToK.Domain.Modules.Pages.Menus;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Modules.Pages;

/// <summary>The Pages module in the host (its storefront and admin pages live in RusToK.Components).</summary>
public sealed class PagesWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new PagesModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<PageService>();
        services.AddScoped<MenuService>();
        services.AddScoped<ISitemapSource, PagesSitemapSource>();
        services.AddScoped<ISiteNavigation, MenuNavigation>();
    }

    public IReadOnlyList<IApiOperation> Operations => PageOperations.All;
}
