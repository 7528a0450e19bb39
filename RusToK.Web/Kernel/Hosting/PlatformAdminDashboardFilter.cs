using Hangfire.Dashboard;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>The Hangfire dashboard at <c>/admin/jobs</c> is for platform administrators only.</summary>
public sealed class PlatformAdminDashboardFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        context.GetHttpContext().User is { Identity.IsAuthenticated: true } user && RusToKClaims.IsPlatformAdmin(user);
}
