using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Live;

/// <summary>
/// Live messages for clients that are not Blazor pages (a mobile app, a script, another dashboard): connect to
/// <c>/hubs/live</c> of a site with a cookie or a bearer token, and receive <c>changed(topic)</c> whenever something
/// that person may see changes, exactly as the admin's own pages are told. The hub only speaks; it takes no calls.
/// </summary>
[Authorize]
public sealed class LiveHub(LiveHubAudiences audiences) : Hub
{
    public const string Path = "/hubs/live";

    public const string ChangedMethod = "changed";

    public override async Task OnConnectedAsync()
    {
        // The connection's own request knows its site (resolved from the address) and may ask for its permissions.
        var request = Context.GetHttpContext()?.RequestServices ?? throw new HubException("The connection has no request.");
        var user = Context.User ?? throw new HubException("The connection has no person.");
        var tenant = request.GetRequiredService<ITenantContext>().Current?.Id;
        var granted = await request.GetRequiredService<IPermissionChecker>().GrantedAsync(user, Context.ConnectionAborted);
        audiences.Add(Context.ConnectionId, new LiveAudience(tenant, RusToKClaims.UserId(user), granted));
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        audiences.Remove(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }
}
