using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace RusToK.Components.Kernel.People;

/// <summary>How a capability or module adds a section to the profile page from its registration.</summary>
public static class ProfileRegistration
{
    public static IServiceCollection AddProfileSection<TComponent>(this IServiceCollection services, int order = 100)
        where TComponent : IComponent =>
        services.AddSingleton(new ProfileSection(typeof(TComponent), order));
}
