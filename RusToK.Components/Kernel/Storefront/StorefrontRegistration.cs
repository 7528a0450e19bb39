using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace RusToK.Components.Kernel.Storefront;

/// <summary>How a module adds to the storefront from its registration, without the kernel naming it.</summary>
public static class StorefrontRegistration
{
    public static IServiceCollection AddHomeSection<TComponent>(this IServiceCollection services, string module, int order, bool fillsPage = false)
        where TComponent : IComponent =>
        services.AddSingleton(new HomeSection(module, order, typeof(TComponent), fillsPage));

    /// <summary>A style sheet of this library's <c>wwwroot</c>, by its path there (<c>Modules/Blog/blog.css</c>).</summary>
    public static IServiceCollection AddStylesheet(this IServiceCollection services, string pathInLibrary) =>
        services.AddSingleton(new ModuleStylesheet($"_content/RusToK.Components/{pathInLibrary}"));
}
