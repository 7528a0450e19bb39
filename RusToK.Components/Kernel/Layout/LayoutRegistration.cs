using Microsoft.Extensions.DependencyInjection;

namespace RusToK.Components.Kernel.Layout;

/// <summary>How a module adds to the document every page shares, without the kernel naming it.</summary>
public static class LayoutRegistration
{
    /// <summary>A style sheet of this library's <c>wwwroot</c>, by its path there (<c>Modules/Blog/blog.css</c>).</summary>
    public static IServiceCollection AddStylesheet(this IServiceCollection services, string pathInLibrary) =>
        services.AddSingleton(new ModuleStylesheet($"_content/RusToK.Components/{pathInLibrary}"));

    /// <summary>A script of this library's <c>wwwroot</c>, by its path there (<c>Capabilities/Search/search.js</c>).</summary>
    public static IServiceCollection AddScript(this IServiceCollection services, string pathInLibrary) =>
        services.AddSingleton(new ModuleScript($"_content/RusToK.Components/{pathInLibrary}"));

    /// <summary>A component shown in the storefront's header of every site.</summary>
    public static IServiceCollection AddHeaderItem<TComponent>(this IServiceCollection services)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        services.AddSingleton(new HeaderItem(typeof(TComponent)));

    /// <summary>A component shown in the admin's top bar, for everyone signed in to the admin.</summary>
    public static IServiceCollection AddAdminHeaderItem<TComponent>(this IServiceCollection services)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        services.AddSingleton(new AdminHeaderItem(typeof(TComponent)));
}
