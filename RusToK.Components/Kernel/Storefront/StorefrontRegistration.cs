using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace RusToK.Components.Kernel.Storefront;

/// <summary>How a module adds to the storefront from its registration, without the kernel naming it.</summary>
public static class StorefrontRegistration
{
    public static IServiceCollection AddHomeSection<TComponent>(this IServiceCollection services, string module, int order, bool fillsPage = false)
        where TComponent : IComponent =>
        services.AddSingleton(new HomeSection(module, order, typeof(TComponent), fillsPage));
}
