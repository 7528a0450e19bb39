using System.Collections.Immutable;
using System.Reflection;
using RusToK.Domain.Kernel.Modules;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Kernel.Site;

namespace RusToK.Web.Kernel.Modules;

/// <summary>
/// The modules compiled into this build, found by looking for <see cref="IWebModule"/> implementations. The
/// configuration's <c>Modules</c> list picks which of them the installation offers (all when the list is absent;
/// kernel modules and capabilities always); tenants then switch offered modules on and off.
/// </summary>
public static class WebModuleRegistry
{
    public static IReadOnlyList<IWebModule> Compiled { get; } = Discover(typeof(WebModuleRegistry).Assembly);

    /// <summary>Every module in the assembly, dependencies before their dependents (capabilities first), then by name.</summary>
    public static IReadOnlyList<IWebModule> Discover(Assembly assembly)
    {
        var found = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IWebModule).IsAssignableFrom(t))
            .Select(t => (IWebModule)Activator.CreateInstance(t)!)
            .OrderBy(m => m.Descriptor.IsKernel ? 0 : 1).ThenBy(m => m.Descriptor.Name, StringComparer.Ordinal).ToList();
        var byName = found.ToDictionary(m => m.Descriptor.Name, StringComparer.Ordinal);
        var ordered = new List<IWebModule>();
        var placed = new HashSet<string>(StringComparer.Ordinal);

        void Place(IWebModule module, ImmutableStack<string> path)
        {
            if (placed.Contains(module.Descriptor.Name)) return;
            if (path.Contains(module.Descriptor.Name)) throw new InvalidOperationException($"Modules depend on each other in a circle: {string.Join(" → ", path.Reverse().Append(module.Descriptor.Name))}.");
            foreach (var dependency in module.Descriptor.DependsOn)
            {
                if (byName.TryGetValue(dependency, out var required)) Place(required, path.Push(module.Descriptor.Name));
            }

            placed.Add(module.Descriptor.Name);
            ordered.Add(module);
        }

        foreach (var module in found) Place(module, ImmutableStack<string>.Empty);
        return ordered;
    }

    public static IReadOnlyList<IWebModule> Offered(IConfiguration configuration)
    {
        var wanted = configuration.GetSection("Modules").Get<string[]>();
        if (wanted is null) return Compiled;
        var unknown = wanted.Except(Compiled.Select(m => m.Descriptor.Name)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"Modules section names {string.Join(", ", unknown)}, which this build does not contain. Known: {string.Join(", ", Compiled.Where(m => !m.Descriptor.IsKernel).Select(m => m.Descriptor.Name))}.");
        }

        return Compiled.Where(m => m.Descriptor.IsKernel || wanted.Contains(m.Descriptor.Name)).ToList();
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
            var group = Gated(api, module);
            group.MapOperations(module);
            module.MapEndpoints(group);
        }
    }

    public static void MapModuleSites(this IEndpointRouteBuilder app, IReadOnlyList<IWebModule> modules)
    {
        foreach (var module in modules)
        {
            module.MapSite(Gated(app, module).CacheOutput(StorefrontCachePolicy.Name).ExcludeFromDescription());
            module.MapFiles(Gated(app, module).ExcludeFromDescription());
        }
    }

    private static RouteGroupBuilder Gated(IEndpointRouteBuilder app, IWebModule module) =>
        app.MapGroup("").WithMetadata(new ModuleGate(module.Descriptor.Name));
}
