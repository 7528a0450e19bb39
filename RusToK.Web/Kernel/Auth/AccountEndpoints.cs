using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// <c>POST /account/logout</c>: ends the cookie session, here and on every node (a form post with an antiforgery
/// token, so another site cannot sign a visitor out).
/// </summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<AppUser> signIn, IAntiforgery antiforgery, SessionRevocations revocations, IOptionsMonitor<CookieAuthenticationOptions> cookies) =>
        {
            // Minimal APIs validate the token only for endpoints that bind a form; this one binds none.
            if (!await HasValidTokenAsync(antiforgery, http))
                return Results.Problem("The sign-out form's antiforgery token is missing or invalid: sign out from the site's own page.", statusCode: StatusCodes.Status400BadRequest, title: "Antiforgery token required");

            var session = SessionRevocations.SessionOf(http.User);
            await signIn.SignOutAsync();
            if (session is not null)
                await revocations.RevokeAsync(session, cookies.Get(IdentityConstants.ApplicationScheme).ExpireTimeSpan, http.RequestAborted);
            return Results.LocalRedirect(http.Request.PathBase + "/");
        }).ExcludeFromDescription();
    }

    // A form that cannot even be read (a NUL in a value) throws rather than answering false: it has no valid token either.
    private static async Task<bool> HasValidTokenAsync(IAntiforgery antiforgery, HttpContext http)
    {
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return false;
        }
    }
}
