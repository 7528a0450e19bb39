using Hangfire;
using RusToK.Infrastructure.Kernel.Jobs;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Seeding;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>What happens once before the app takes requests: migrations, seed data, recurring jobs.</summary>
public static class StartupTasks
{
    public static async Task PrepareAsync(this WebApplication app)
    {
        if (app.Services.GetRequiredService<DatabaseOptions>().ApplyMigrationsAtStartup)
        {
            await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        await app.Services.GetRequiredService<PlatformSeeder>().SeedAsync();
        app.Services.GetRequiredService<IRecurringJobManager>()
            .AddOrUpdate<OutboxRelayJob>(OutboxRelayJob.Id, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        foreach (var module in app.Services.GetRequiredService<IReadOnlyList<IWebModule>>()) module.Start(app.Services);
    }
}
