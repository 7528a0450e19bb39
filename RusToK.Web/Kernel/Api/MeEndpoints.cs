using System.Security.Claims;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary><c>/api/v1/me</c>: who the caller is, in which tenant, and what they may do.</summary>
public static class MeEndpoints
{
    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", async (ClaimsPrincipal user, ITenantContext tenant, IPermissionChecker permissions, CancellationToken ct) =>
            TypedResults.Ok(await MeDto.ForAsync(user, tenant, permissions, ct)))
            .RequireAuthorization().WithTags("Identity").WithSummary("The caller, their tenant and permissions");
    }
}
