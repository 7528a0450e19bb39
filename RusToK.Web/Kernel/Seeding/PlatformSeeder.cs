using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Persistence;
using RusToK.Infrastructure.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Seeding;

/// <summary>
/// First start: a platform administrator and a demo tenant answering on localhost with sample content.
/// Later starts find both and change nothing.
/// </summary>
public sealed class PlatformSeeder(IServiceProvider services, SeedOptions options, ModuleCatalog catalog, FirstStartNotice notice, ILogger<PlatformSeeder> logger)
{
    public const string DemoSlug = "demo";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await SeedPlatformAdminAsync(ct);
        if (options.DemoTenant) await SeedDemoTenantAsync(ct);
    }

    private async Task SeedPlatformAdminAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<TenantUserStore>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await store.FindPlatformAdminByEmailAsync(users.NormalizeEmail(options.AdminEmail), ct) is not null) return;

        var generated = string.IsNullOrEmpty(options.AdminPassword);
        var password = generated ? GeneratePassword() : options.AdminPassword!;
        var admin = new AppUser
        {
            UserName = options.AdminEmail,
            Email = options.AdminEmail,
            EmailConfirmed = true,
            DisplayName = "Platform administrator",
            TenantId = null,
            AvatarUrl = DemoPeople.OperatorAvatar,
            Bio = DemoPeople.OperatorBio
        };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded) throw new InvalidOperationException("Could not create the platform administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        if (generated)
        {
            // Shown once on purpose: the deployer needs it to sign in the first time. A warning stands out among the
            // start-up logs, and the framed block repeats it after them (Program prints the notice when ready).
            logger.LogWarning("Generated a password for the platform administrator {Email}: it is printed below once the host is ready", options.AdminEmail);
            notice.Add($"Platform administrator: {options.AdminEmail} / {password}");
            notice.Add("Generated on this first start; set RUSTOK_ADMIN_PASSWORD to choose one.");
        }

        logger.LogInformation("Created platform administrator {Email}", options.AdminEmail);
    }

    private async Task SeedDemoTenantAsync(CancellationToken ct)
    {
        var factory = services.GetRequiredService<AppDbContextFactory>();
        await using (var db = factory.CreatePlatformContext())
        {
            if (await db.Tenants.AnyAsync(t => t.Slug == DemoSlug, ct)) return;
        }

        await using var scope = services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<TenantAdministrationService>();
        var created = await admin.CreateAsync(
            new TenantInput(DemoSlug, "RusToK Demo", ["localhost", "127.0.0.1"], "#3F51B5"),
            new TenantSetup(Modules: catalog.All.Select(m => m.Name).ToList()), ct);
        if (!created.Succeeded) throw new InvalidOperationException("Could not create the demo tenant: " + created.Message);

        await using var tenantScope = await services.GetRequiredService<TenantScopeFactory>().CreateAsync(created.Value!.Id, ct);
        // People first: the demo posts are theirs, so bylines lead to author pages.
        var users = tenantScope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var person in DemoPeople.All)
        {
            var user = new AppUser { UserName = person.Email, Email = person.Email, EmailConfirmed = true, DisplayName = person.DisplayName, AvatarUrl = person.AvatarUrl, Bio = person.Bio };
            var made = person.Password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, person.Password);
            if (made.Succeeded) await users.AddToRoleAsync(user, person.Role);
        }

        // Each offered module writes its own sample data; the kernel only decides when.
        foreach (var seeder in tenantScope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(ct);
        }

        logger.LogInformation("Seeded the demo tenant");
    }

    private static string GeneratePassword() =>
        "Rk-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "9a";
}
