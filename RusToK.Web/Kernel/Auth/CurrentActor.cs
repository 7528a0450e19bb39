using Microsoft.AspNetCore.Components.Authorization;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Security;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// Who acts in this scope: in an admin circuit, the circuit's person (who may have signed out since it opened); in a
/// request, the request's cookie or bearer principal.
/// </summary>
public sealed class CurrentActor(IServiceProvider services, IHttpContextAccessor http) : ICurrentActor
{
    public Guid? UserId => FromCircuit() ?? FromRequest();

    private Guid? FromCircuit()
    {
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        try
        {
            var state = provider.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully ? RusToKClaims.UserId(state.Result.User) : null;
        }
        catch (InvalidOperationException)
        {
            return null; // outside a circuit (an API call, a job) the provider was never given a state
        }
    }

    private Guid? FromRequest() => http.HttpContext?.User is { Identity.IsAuthenticated: true } user ? RusToKClaims.UserId(user) : null;
}
