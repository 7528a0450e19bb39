using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace RusToK.Components.Kernel.Localization;

/// <summary>Localization with per-module resource files (see <see cref="ModularStringLocalizerFactory"/>).</summary>
public static class LocalizationRegistration
{
    public static IServiceCollection AddModularLocalization(this IServiceCollection services)
    {
        // Before AddLocalization, whose own factory is only added when none is registered.
        services.AddSingleton<IStringLocalizerFactory, ModularStringLocalizerFactory>();
        services.AddTransient<MudBlazor.MudLocalizer, MudBlazorLocalizer>();
        return services.AddLocalization();
    }

    /// <summary>Called by a module's registration with the marker type of its translations.</summary>
    public static IServiceCollection AddModuleStrings<TResource>(this IServiceCollection services) =>
        services.AddSingleton(new ModuleStrings(typeof(TResource)));
}
