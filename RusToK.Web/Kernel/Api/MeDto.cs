using System.Security.Claims;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>Who the caller is, in which tenant, and what they may do (REST <c>/me</c> and GraphQL <c>me</c>).</summary>
public sealed record MeDto(Guid UserId, string? Email, Guid? TenantId, string? TenantSlug, bool IsPlatformAdmin, IReadOnlyCollection<string> Permissions)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static async Task<MeDto> ForAsync(ClaimsPrincipal user, ITenantContext tenant, IPermissionChecker permissions, CancellationToken ct) => new(
        RusToKClaims.UserId(user) ?? Guid.Empty,
        user.FindFirst(ClaimTypes.Email)?.Value ?? user.FindFirst("email")?.Value,
        tenant.Current?.Id,
        tenant.Current?.Slug,
        RusToKClaims.IsPlatformAdmin(user),
        (await permissions.GrantedAsync(user, ct)).Order().ToList());
}
