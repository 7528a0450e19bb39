using Microsoft.AspNetCore.Components.Authorization;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Kernel.Security;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Components.Kernel.Live;

/// <summary>
/// One admin circuit's ear on the node's live messages: a page listens to a topic and is told when a message of its
/// tenant, its person's permissions and (for personal ones) its person arrives; nothing else gets through. Bursts
/// are folded into one refresh per <see cref="Quiet"/>, so a rebuild's thousand messages cost a page a few reads.
/// </summary>
public sealed class CircuitLive(ILiveFeed feed, ITenantContext tenant, IPermissionChecker permissions, AuthenticationStateProvider auth)
{
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(250);

    // Who this circuit is, worked out once: a dashboard has a listener on every tile.
    private Task<LiveAudience>? _audience;

    public async Task<IDisposable> ListenAsync(string topic, Func<Task> changed)
    {
        var audience = await (_audience ??= AudienceAsync());
        var pending = 0;
        return feed.Subscribe(message =>
        {
            if (message.Topic != topic || !audience.Hears(message)) return;
            if (Interlocked.Exchange(ref pending, 1) == 1) return; // a refresh is already on its way
            _ = RefreshAfterQuietAsync();
        });

        async Task RefreshAfterQuietAsync()
        {
            await Task.Delay(Quiet);
            Volatile.Write(ref pending, 0);
            try
            {
                await changed();
            }
            catch (ObjectDisposedException)
            {
                // the page closed while the refresh waited
            }
        }
    }

    private async Task<LiveAudience> AudienceAsync()
    {
        var user = (await auth.GetAuthenticationStateAsync()).User;
        return new LiveAudience(tenant.Current?.Id, RusToKClaims.UserId(user), await permissions.GrantedAsync(user));
    }
}
