using System.Security.Claims;
using RusToK.Web.Kernel.Api;

namespace RusToK.Web.Kernel.Auth;

/// <summary><c>/api/v1/me/two-factor</c>: the caller sets up, enables and disables an authenticator app (TOTP).</summary>
public static class TwoFactorEndpoints
{
    public sealed record SetupDto(string SharedKey, string AuthenticatorUri);

    public sealed record CodeRequest([property: System.ComponentModel.DataAnnotations.Required, System.ComponentModel.DataAnnotations.MaxLength(12)] string Code);

    public sealed record EnabledDto(IReadOnlyList<string> RecoveryCodes);

    public static void MapTwoFactorEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/me/two-factor").WithTags("Identity").RequireAuthorization();

        group.MapPost("/setup", async (ClaimsPrincipal principal, TwoFactorSetup setup) =>
            await setup.UserAsync(principal) is { } user ? Results.Ok(await setup.BeginAsync(user)) : ApiProblems.Unauthorized("Sign in again."))
            .WithSummary("Get a new authenticator key (scan it, then enable with a code)").Produces<SetupDto>();

        group.MapPost("/enable", async (CodeRequest request, ClaimsPrincipal principal, TwoFactorSetup setup) =>
        {
            if (RequestValidation.Validate(request) is { } invalid) return invalid;
            if (await setup.UserAsync(principal) is not { } user) return ApiProblems.Unauthorized("Sign in again.");
            var codes = await setup.EnableAsync(user, request.Code);
            return codes is null
                ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["code"] = ["That code is not valid. Check the time on your phone and try the newest code."] })
                : Results.Ok(new EnabledDto(codes));
        }).WithSummary("Turn two-factor sign-in on; returns one-time recovery codes").Produces<EnabledDto>().ProducesValidationProblem();

        group.MapPost("/disable", async (ClaimsPrincipal principal, TwoFactorSetup setup) =>
        {
            if (await setup.UserAsync(principal) is not { } user) return ApiProblems.Unauthorized("Sign in again.");
            await setup.DisableAsync(user);
            return Results.NoContent();
        }).WithSummary("Turn two-factor sign-in off");
    }
}
