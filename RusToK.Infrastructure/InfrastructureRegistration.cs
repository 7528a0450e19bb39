using Hangfire;
using Hangfire.InMemory;
using Hangfire.Redis.StackExchange;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Messaging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Caching;
using RusToK.Infrastructure.Kernel.Configuration;
using RusToK.Infrastructure.Kernel.Events;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Jobs;
using RusToK.Infrastructure.Kernel.Leases;
using RusToK.Infrastructure.Kernel.Live;
using RusToK.Infrastructure.Kernel.Messaging;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Infrastructure;

/// <summary>Composes persistence, tenancy, identity stores, the outbox and Hangfire.</summary>
public static class InfrastructureRegistration
{
    public static IServiceCollection AddRusToKInfrastructure(this IServiceCollection services, IConfiguration configuration, RusToKPaths paths)
    {
        services.AddSingleton(paths);
        services.AddSingleton(TimeProvider.System);

        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            database.ConnectionString = paths.SqliteConnectionString;
        }

        // Checked here, before anything touches the database, so a deployer reads a sentence rather than a provider stack trace.
        var validation = new DatabaseOptionsValidator().Validate(null, database);
        if (validation.Failed) throw new OptionsValidationException(DatabaseOptions.Section, typeof(DatabaseOptions), validation.Failures);
        services.AddSingleton(database);
        services.AddSingleton(EventTypeRegistry.FromDomain());
        services.AddSingleton<EventDispatchTable>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<IOutboxSignal>(sp => sp.GetRequiredService<OutboxSignal>());
        services.AddSingleton<OutboxWriter>();
        services.AddSingleton<AppDbContextFactory>();
        services.AddSingleton<DatabaseMigrator>();
        services.AddScoped<IAppDbContextFactory, TenantDbContextFactory>();
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<AppDbContextFactory>()
            .Create(new TenantBinding(sp.GetRequiredService<ITenantContext>().Current?.Id, sp.GetRequiredService<ICurrentActor>())));
        services.TryAddScoped<ICurrentActor, NoActor>();

        services.AddScoped<ITenantContext, TenantContext>();
        services.AddSingleton<TenantStore>();
        services.AddSingleton<ITenantCacheInvalidator>(sp => sp.GetRequiredService<TenantStore>());
        services.AddSingleton<TenantScopeFactory>();
        services.AddSingleton<ITenantRoleSeeder, TenantRoleSeeder>();
        services.AddScoped<ITenantOwnerSeeder, TenantOwnerSeeder>();

        services.AddSingleton<PermissionCache>();
        services.AddSingleton<ISiteReadCache>(_ => new InProcessSiteReadCache(configuration.GetValue("Storefront:ReadCache", true)));
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddScoped<IUserDirectory, UserDirectory>();
        services.AddScoped<IProfileDirectory, ProfileDirectory>();
        services.AddScoped<IRoleDirectory, RoleDirectory>();

        services.AddLiveUpdates(configuration);
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section));
        services.AddSingleton<LeaseStore>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<IOutboxAdministration, OutboxAdministration>();
        services.AddHostedService<OutboxWakeUpService>();
        services.AddTransient<OutboxRelayJob>();

        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.Section));
        var smtpHost = configuration[$"{SmtpOptions.Section}:{nameof(SmtpOptions.Host)}"];
        if (string.IsNullOrWhiteSpace(smtpHost)) services.AddSingleton<IEmailSender, LoggingEmailSender>();
        else services.AddSingleton<IEmailSender, SmtpEmailSender>();
        // Its words (IInvitationTexts) come from the host, which holds the platform's translations.
        services.AddSingleton<InvitationMail>();

        AddJobs(services, configuration);
        return services;
    }

    /// <summary>Identity stores over the tenant-filtered context (the host adds cookies and tokens on top).</summary>
    public static IdentityBuilder AddRusToKIdentityStores(this IdentityBuilder builder)
    {
        builder.Services.TryAddScoped<IUserStore<AppUser>, TenantUserStore>();
        builder.Services.TryAddScoped<IRoleStore<AppRole>, TenantRoleStore>();
        builder.Services.TryAddScoped<TenantUserStore>();
        return builder;
    }

    private static void AddJobs(IServiceCollection services, IConfiguration configuration)
    {
        var jobs = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        // Each host owns its storage through the container. Left to itself, Hangfire hands every host the process-wide
        // JobStorage.Current, which several hosts in one process (the test suite) overwrite under each other.
        services.AddSingleton<JobStorage>(_ => string.IsNullOrWhiteSpace(jobs.RedisConnectionString)
            ? new InMemoryStorage(new InMemoryStorageOptions())
            : new RedisStorage(jobs.RedisConnectionString, new RedisStorageOptions { Prefix = "rustok:hangfire:" }));
        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180).UseSimpleAssemblyNameTypeSerializer().UseRecommendedSerializerSettings()
            .UseStorage(provider.GetRequiredService<JobStorage>()));
        services.AddHangfireServer(server => server.WorkerCount = Math.Max(1, jobs.WorkerCount));
    }
}
