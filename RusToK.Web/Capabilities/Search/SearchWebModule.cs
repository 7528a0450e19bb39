using Hangfire;
using RusToK.Components.Capabilities.Search;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Modules;
using RusToK.Infrastructure.Capabilities.Search;
using RusToK.Infrastructure.Capabilities.Search.Lucene;
using RusToK.Web.Kernel.Health;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Capabilities.Search;

/// <summary>The search capability in the host: always on; modules register their <see cref="ISearchDocumentSource"/>s.</summary>
public sealed class SearchWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new SearchCapability();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSearchInfrastructure(configuration);
        services.AddScoped<SearchService>();
        services.AddScoped<SearchFacetNames>();
        services.AddModuleStrings<SearchStrings>();
        services.AddStylesheet("Capabilities/Search/search.css");
        services.AddScript("Capabilities/Search/search.js");
        services.AddHeaderItem<SearchHeader>();
        services.AddAdminHeaderItem<AdminSearchButton>();
        services.AddHealthChecks().AddCheck<SearchHealthCheck>("search", tags: [HealthEndpoints.ReadyTag]);
    }

    public IReadOnlyList<IApiOperation> Operations => SearchOperations.All;

    public const string UpgradeRequester = "RusToK (new index layout)";

    public void Start(IServiceProvider services)
    {
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<SearchProjectionJob>(SearchProjectionJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        // An embedded index written by an older version was emptied on opening: every site's documents are written again.
        if (services.GetRequiredService<ISearchIndex>() is LuceneSearchIndex { WasReset: true })
        {
            using var scope = services.CreateScope();
            scope.ServiceProvider.GetRequiredService<ISearchAdministration>().RebuildAllAsync(UpgradeRequester).GetAwaiter().GetResult();
        }
    }
}
