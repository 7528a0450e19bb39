using RusToK.Domain.Kernel.Modules;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Kernel.Site;
using RusToK.Web.Modules.Announcements;
using RusToK.Web.Modules.Blog;
using RusToK.Web.Modules.Content;
using RusToK.Web.Modules.Pages;

namespace RusToK.Web.Kernel.Modules;

/// <summary>
/// The modules compiled into this build. The configuration's <c>Modules</c> list picks which of them the
/// installation offers (all when the list is absent); tenants then switch offered modules on and off.
/// </summary>
public static class WebModuleRegistry
{
    public static IReadOnlyList<IWebModule> Compiled { get; } = [new AnnouncementsWebModule(), new ContentWebModule(), new BlogWebModule(), new PagesWebModule()];

    public static IReadOnlyList<IWebModule> Offered(IConfiguration configuration)
    {
        var wanted = configuration.GetSection("Modules").Get<string[]>();
        if (wanted is null) return Compiled;
        var unknown = wanted.Except(Compiled.Select(m => m.Descriptor.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Modules section names {string.Join(", ", unknown)}, which this build does not contain. Known: {string.Join(", ", Compiled.Select(m => m.Descriptor.Name))}.");
        }

        return Compiled.Where(m => wanted.Contains(m.Descriptor.Name)).ToList();
    }

    public static IServiceCollection AddRusToKModules(this IServiceCollection services, IConfiguration configuration)
    {
        var offered = Offered(configuration);
        services.AddSingleton(new ModuleCatalog(offered.Select(m => m.Descriptor).Prepend(new KernelModule())));
        services.AddSingleton<IReadOnlyList<IWebModule>>(offered);
        foreach (var module in offered) module.AddServices(services, configuration);
        return services;
    }

    public static void MapModuleApis(this RouteGroupBuilder api, IReadOnlyList<IWebModule> modules)
    {
        foreach (var module in modules)
        {
            var group = api.MapGroup("").WithMetadata(new ModuleGate(module.Descriptor.Name));
            group.MapOperations(module);
            module.MapEndpoints(group);
        }
    }

    public static void MapModuleSites(this IEndpointRouteBuilder app, IReadOnlyList<IWebModule> modules)
    {
        foreach (var module in modules)
        {
            var group = app.MapGroup("").WithMetadata(new ModuleGate(module.Descriptor.Name)).CacheOutput(StorefrontCachePolicy.Name).ExcludeFromDescription();
            module.MapSite(group);
        }
    }
}
