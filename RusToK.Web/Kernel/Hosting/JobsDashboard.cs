using Hangfire;
using Hangfire.Dashboard;
using Microsoft.AspNetCore.Antiforgery;
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

    public static void UseRusToKJobsDashboard(this WebApplication app)
    {
        var options = new DashboardOptions { Authorization = [new PlatformAdminDashboardFilter()], AppPath = "/admin", DashboardTitle = "RusToK jobs" };
        app.UseWhen(
            http => http.Request.Path.StartsWithSegments(Path) && http.User is { Identity.IsAuthenticated: true } user && RusToKClaims.IsPlatformAdmin(user),
            branch => branch.Map(Path, jobs =>
            {
                // Hangfire reads a posted form for its antiforgery check and lets an unreadable one (a NUL in it) throw: a bad request.
                jobs.Use(async (http, next) =>
                {
                    try
                    {
                        await next(http);
                    }
                    catch (AntiforgeryValidationException) when (!http.Response.HasStarted)
                    {
                        http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    }
                });
                jobs.UseMiddleware<AspNetCoreDashboardMiddleware>(jobs.ApplicationServices.GetRequiredService<JobStorage>(), options, DashboardRoutes.Routes);
                // Hangfire hands on what it has no page for, and inside its branch that is the end of the pipeline (a 500): not found.
                jobs.Run(http =>
                {
                    http.Response.StatusCode = StatusCodes.Status404NotFound;
                    return Task.CompletedTask;
                });
            }));
    }
}
