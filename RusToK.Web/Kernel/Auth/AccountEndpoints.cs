using Microsoft.AspNetCore.Identity;
using RusToK.Infrastructure.Kernel.Identity;

namespace RusToK.Web.Kernel.Auth;

/// <summary><c>POST /account/logout</c>: ends the cookie session (a form post, protected by antiforgery).</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<AppUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(http.Request.PathBase + "/");
        }).ExcludeFromDescription();
    }
}
