using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Modules.Announcements;

namespace RusToK.Web.Modules.Announcements;

/// <summary>The demo site's welcome banner, telling a newcomer where the admin is.</summary>
public sealed class DemoAnnouncementSeeder(AnnouncementService announcements) : IDemoDataSeeder
{
    public int Order => 100;

    public async Task SeedAsync(CancellationToken ct) =>
        await announcements.CreateAsync(new AnnouncementInput("Welcome to the RusToK demo", "Sign in at /admin to change this banner.", AnnouncementTone.Success), ct);
}
