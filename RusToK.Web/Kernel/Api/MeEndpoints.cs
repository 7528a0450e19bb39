using System.Security.Claims;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary><c>/api/v1/me</c>: who the caller is, in which tenant, and what they may do.</summary>
public static class MeEndpoints
{
    public sealed record MeDto(Guid UserId, string? Email, Guid? TenantId, string? TenantSlug, bool IsPlatformAdmin, IReadOnlyCollection<string> Permissions);

    public static void MapMeEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/me", async (ClaimsPrincipal user, ITenantContext tenant, IPermissionChecker permissions, CancellationToken ct) =>
            TypedResults.Ok(new MeDto(
                RusToKClaims.UserId(user) ?? Guid.Empty,
                user.FindFirstValue(ClaimTypes.Email) ?? user.FindFirstValue("email"),
                tenant.Current?.Id,
                tenant.Current?.Slug,
                RusToKClaims.IsPlatformAdmin(user),
                (await permissions.GrantedAsync(user, ct)).Order().ToList())))
            .RequireAuthorization().WithTags("Identity").WithSummary("The caller, their tenant and permissions");
    }
}
