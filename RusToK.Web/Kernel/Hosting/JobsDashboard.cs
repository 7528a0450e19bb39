using Hangfire;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>
/// Hangfire's dashboard at <c>/admin/jobs</c>, entered by platform administrators only. Everyone else goes on to the
/// admin's own page at that address, which asks the anonymous to sign in and shows the rest the admin's
/// access-denied page, instead of Hangfire's bare 401/403.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    public static void UseRusToKJobsDashboard(this WebApplication app) =>
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(Path) && http.User is { Identity.IsAuthenticated: true } user && RusToKClaims.IsPlatformAdmin(user),
            branch => branch.UseHangfireDashboard(Path, new DashboardOptions { Authorization = [new PlatformAdminDashboardFilter()], AppPath = "/admin", DashboardTitle = "RusToK jobs" }));
}
