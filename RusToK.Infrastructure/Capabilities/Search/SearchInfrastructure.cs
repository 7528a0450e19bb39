using Microsoft.Extensions.DependencyInjection;
using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Lucene;
using RusToK.Infrastructure.Kernel.Configuration;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>Search's adapters: the embedded Lucene index under the data folder, the queue, the breaker and the projection.</summary>
public static class SearchInfrastructure
{
    public static IServiceCollection AddSearchInfrastructure(this IServiceCollection services)
    {
        services.AddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(Path.Combine(sp.GetRequiredService<RusToKPaths>().DataDirectory, "search")));
        services.AddSingleton<SearchSignal>();
        services.AddSingleton<ISearchSignal>(sp => sp.GetRequiredService<SearchSignal>());
        services.AddSingleton<SearchCircuit>(_ => new SearchCircuit());
        services.AddSingleton<SearchProjection>();
        services.AddHostedService<SearchWakeUpService>();
        services.AddTransient<SearchProjectionJob>();
        services.AddScoped<SearchQueue>();
        return services;
    }
}
