using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Infrastructure.Kernel.Tenancy;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Hosting;

namespace RusToK.Web.Kernel.Auth;

/// <summary><c>/api/v1/auth</c>: token, refresh and revoke for programs.</summary>
public static class AuthEndpoints
{
    public static void MapAuthEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(AuthRateLimits.Policy);
        group.MapPost("/token", IssueAsync).WithSummary("Exchange e-mail, password and tenant for tokens");
        group.MapPost("/refresh", RefreshAsync).WithSummary("Spend a refresh token for a new pair (rotation)");
        group.MapPost("/revoke", RevokeAsync).WithSummary("Revoke a refresh token and its family");
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> IssueAsync(
        TokenRequest request, HttpContext http, TenantStore tenants, TenantScopeFactory scopes, AccessTokenIssuer access, RefreshTokenService refresh, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid) return invalid;
        var tenant = await tenants.FindBySlugAsync(request.Tenant.Trim(), ct);
        if (tenant is null) return ApiProblems.Unauthorized("Invalid e-mail, password or tenant.");
        if (!tenant.IsActive) return ApiProblems.Unavailable($"{tenant.Name} is suspended.");

        await using var scope = await scopes.CreateAsync(tenant.Id, ct);
        var passwords = scope.ServiceProvider.GetRequiredService<PasswordCheck>();
        if (!passwords.TryAttempt("sign-in", request.Email, out var wait)) return ApiProblems.TooManyRequests(RetryAfter.Set(http.Response, wait));

        var (result, user) = await passwords.CheckAsync(request.Email, request.Password, ct);
        if (result.IsLockedOut) return ApiProblems.Unauthorized("The account is locked after too many failed attempts. Try again later.");
        if (result.IsNotAllowed) return ApiProblems.Unauthorized("Confirm your e-mail address first: follow the link we sent.");
        if (!result.Succeeded || user is null) return ApiProblems.Unauthorized("Invalid e-mail, password or tenant.");
        if (user.TwoFactorEnabled)
        {
            if (string.IsNullOrWhiteSpace(request.TwoFactorCode)) return ApiProblems.Unauthorized("This account uses two-factor sign-in: send twoFactorCode from the authenticator app.");
            if (!await scope.ServiceProvider.GetRequiredService<TwoFactorSetup>().VerifyAsync(user, request.TwoFactorCode))
            {
                return ApiProblems.Unauthorized("The two-factor code is not valid.");
            }
        }

        return TypedResults.Ok(await PairAsync(user, null, access, refresh, ct));
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult, ValidationProblem>> RefreshAsync(
        RefreshRequest request, RefreshTokenService refresh, AccessTokenIssuer access, TenantScopeFactory scopes, TenantStore tenants, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid) return invalid;
        var spent = await refresh.RedeemAsync(request.RefreshToken, ct);
        if (spent is null) return ApiProblems.Unauthorized("The refresh token is invalid, expired or was already used.");
        if (spent.TenantId is { } tenantId && await tenants.FindByIdAsync(tenantId, ct) is { IsActive: false }) return ApiProblems.Unavailable("The tenant is suspended.");

        await using var scope = await scopes.CreateAsync(spent.TenantId, ct);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(spent.UserId.ToString());
        if (user is null || await users.IsLockedOutAsync(user)) return ApiProblems.Unauthorized("The account is no longer allowed to sign in.");
        return TypedResults.Ok(await PairAsync(user, spent.FamilyId, access, refresh, ct));
    }

    private static async Task<Results<NoContent, ValidationProblem>> RevokeAsync(RefreshRequest request, RefreshTokenService refresh, CancellationToken ct)
    {
        if (RequestValidation.Validate(request) is { } invalid) return invalid;
        await refresh.RevokeAsync(request.RefreshToken, ct);
        return TypedResults.NoContent();
    }

    private static async Task<TokenResponse> PairAsync(AppUser user, Guid? family, AccessTokenIssuer access, RefreshTokenService refresh, CancellationToken ct)
    {
        var (token, expires) = access.Issue(user);
        var refreshToken = await refresh.IssueAsync(user, family, ct);
        return new TokenResponse(token, "Bearer", (int)(expires - DateTime.UtcNow).TotalSeconds, refreshToken);
    }
}
