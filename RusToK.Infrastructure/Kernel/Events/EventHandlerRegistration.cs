using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Kernel.Events;

namespace RusToK.Infrastructure.Kernel.Events;

/// <summary>Registers a handler once for every event it handles, so one class (one scope's instance) serves them all.</summary>
public static class EventHandlerRegistration
{
    public static IServiceCollection AddEventHandlers<THandler>(this IServiceCollection services)
        where THandler : class
    {
        services.AddScoped<THandler>();
        foreach (var contract in typeof(THandler).GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDomainEventHandler<>)))
        {
            services.AddScoped(contract, sp => sp.GetRequiredService<THandler>());
        }

        return services;
    }
}
