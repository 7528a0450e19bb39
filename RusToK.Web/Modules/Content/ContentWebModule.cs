using Hangfire;
using RusToK.Components.Kernel.Dashboard;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Modules.Content;
using RusToK.Components.Modules.Content.Dashboard;
using RusToK.Domain.Capabilities.Search;
using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Activity;
using RusToK.Domain.Modules.Content.Analytics;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Domain.Modules.Content.Listings;
using RusToK.Domain.Modules.Content.Notifications;
using RusToK.Domain.Modules.Content.Revisions;
using RusToK.Domain.Modules.Content.Search;
using RusToK.Domain.Modules.Content.Seo;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Infrastructure.Modules.Content;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;

namespace RusToK.Web.Modules.Content;

/// <summary>The Content module's registration in the host, with its sub-modules (revision diff, SEO analyzer).</summary>
public sealed class ContentWebModule : IWebModule
{
    public ModuleDescriptor Descriptor { get; } = new ContentModule();

    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddContentInfrastructure();
        services.AddModuleStrings<ContentStrings>();
        services.AddStylesheet("Modules/Content/content.css");
        services.AddStylesheet("Modules/Content/editor.bundle.css"); // the visual editor's, built with its script (scripts/build-editor.sh)
        services.AddScoped<ContentQueries>();
        services.AddScoped<ContentEditingService>();
        services.AddScoped<ContentPublishingService>();
        services.AddScoped<ContentAnalysisService>();
        services.AddScoped<ContentTypeCatalog>();
        services.AddScoped<CategoryService>();
        services.AddSingleton<IPublicEntitySource, PublishedContentSource>();
        services.AddScoped<RevisionService>();
        services.AddSingleton<IContentAnalyzer, SeoAnalyzer>();
        services.AddScoped<ISearchDocumentSource, ContentSearchDocuments>();
        services.AddEventHandlers<ContentSearchProjection>();
        services.AddEventHandlers<ContentActivity>();
        services.AddEventHandlers<ContentNotifications>();
        services.AddEventHandlers<ContentAnalytics>();
        services.AddScoped<ListingBuilder>();
        services.AddScoped<ListingReadModel>();
        services.AddEventHandlers<ListingProjection>();
        services.AddDashboardWidget<ContentCountsWidget>(ContentModule.ModuleName, ContentPermissions.Edit, 40, columns: 12);
        services.AddDashboardWidget<QuickDraftWidget>(ContentModule.ModuleName, ContentPermissions.Edit, 100);
        services.AddDashboardWidget<MyDraftsWidget>(ContentModule.ModuleName, ContentPermissions.Edit, 110);
        services.AddDashboardWidget<ScheduledWidget>(ContentModule.ModuleName, ContentPermissions.Edit, 120);
        services.AddDashboardWidget<RecentEditsWidget>(ContentModule.ModuleName, ContentPermissions.Edit, 130);
    }

    public void Start(IServiceProvider services) =>
        services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<ScheduledPublishingJob>(ScheduledPublishingJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());

    public IReadOnlyList<IApiOperation> Operations { get; } = [.. ContentOperations.All, .. CategoryOperations.All];
}
