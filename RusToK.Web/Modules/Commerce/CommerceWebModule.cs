using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Modules.Commerce;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Modules.Commerce;
using RusToK.Domain.Modules.Commerce.Activity;
using RusToK.Domain.Modules.Commerce.Catalog;
using RusToK.Domain.Modules.Commerce.Search;
using RusToK.Domain.Modules.Commerce.Site;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Modules.Commerce.Catalog;
using RusToK.Web.Modules.Commerce.Demo;

namespace RusToK.Web.Modules.Commerce;

/// <summary>The Commerce module in the host: the catalog's use cases, search documents, feed entries, sitemap and demo shop.</summary>
public sealed class CommerceWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new CommerceModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<CatalogQueries>();
        services.AddScoped<ProductStaffQueries>();
        services.AddScoped<ProductEditingService>();
        services.AddScoped<ProductCategoryService>();
        services.AddSingleton<IPublicEntitySource, ProductsOnSale>();
        services.AddScoped<ISearchDocumentSource, ProductSearchDocuments>();
        services.AddEventHandlers<ProductSearchProjection>();
        services.AddEventHandlers<ProductActivity>();
        services.AddScoped<ISitemapSource, ProductSitemapSource>();
        services.AddModuleStrings<CommerceStrings>();
        services.AddStylesheet("Modules/Commerce/commerce.css");
        services.AddScript("Modules/Commerce/commerce.js");
        services.AddScoped<IDemoDataSeeder, DemoShopSeeder>();
    }

    public IReadOnlyList<IApiOperation> Operations => CatalogOperations.All;
}
