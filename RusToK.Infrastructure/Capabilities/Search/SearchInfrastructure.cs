using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RusToK.Domain.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Elasticsearch;
using RusToK.Infrastructure.Capabilities.Search.Lucene;
using RusToK.Infrastructure.Kernel.Configuration;

namespace RusToK.Infrastructure.Capabilities.Search;

/// <summary>
/// Search's adapters: the engine <see cref="SearchEngines"/> names (the embedded Lucene index under the data folder,
/// or Elasticsearch), the queue, the breaker, the projection and rebuilds.
/// </summary>
public static class SearchInfrastructure
{
    /// <summary>Where the embedded index lives when not under the data folder's <c>search</c>: one writer holds it at a time.</summary>
    public const string IndexFolderSetting = "Search:IndexFolder";

    public static IServiceCollection AddSearchInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        if (SearchEngines.Of(configuration) == SearchEngines.Elasticsearch)
        {
            services.AddOptions<ElasticsearchOptions>().Bind(configuration.GetSection(ElasticsearchOptions.Section));
            services.AddSingleton<ISearchIndex>(sp =>
            {
                var options = sp.GetRequiredService<IOptions<ElasticsearchOptions>>().Value;
                return new ElasticsearchSearchIndex(ElasticsearchCalls.Create(options), options);
            });
        }
        else
        {
            services.AddSingleton<ISearchIndex>(sp => new LuceneSearchIndex(
                configuration[IndexFolderSetting] is { Length: > 0 } folder ? folder : Path.Combine(sp.GetRequiredService<RusToKPaths>().DataDirectory, "search")));
        }

        services.AddSingleton<SearchSignal>();
        services.AddSingleton<ISearchSignal>(sp => sp.GetRequiredService<SearchSignal>());
        services.AddSingleton<SearchCircuit>(_ => new SearchCircuit());
        services.AddSingleton<SearchProjection>();
        services.AddHostedService<SearchWakeUpService>();
        services.AddTransient<SearchProjectionJob>();
        services.AddSingleton<SearchRebuilder>();
        services.AddTransient<SearchRebuildJob>();
        services.AddScoped<ISearchAdministration, SearchAdministration>();
        services.AddScoped<SearchQueue>();
        return services;
    }
}
