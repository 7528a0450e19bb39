using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using RusToK.Testing;
using static RusToK.Web.Tests.Modules.Content.ContentApi;

namespace RusToK.Web.Tests.Capabilities;

/// <summary>
/// The live hub for clients that are not Blazor pages: a signed-in client hears what its site's admin pages hear,
/// another site's client hears nothing of it, and a stranger cannot connect.
/// </summary>
public sealed class LiveHubTests(SqliteAppFactory app) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task A_signed_in_client_hears_its_sites_news_and_another_sites_client_does_not()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var tenants = await TwoTenants.CreateAsync(app, suffix, "announcements");
        var editorToken = (await app.CreateClient().TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>();
        var demoHeard = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var betaHeard = new List<string>();
        await using var demo = await ConnectAsync("/hubs/live", editorToken, topic => demoHeard.TrySetResult(topic));
        await using var beta = await ConnectAsync($"/t/beta{suffix}/hubs/live", tenants.BetaToken, topic => { lock (betaHeard) betaHeard.Add(topic); });

        await PublishedPostAsync(await DemoEditorAsync(app), Unique("Heard on the hub"));

        (await demoHeard.Task.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe("activity");
        await Task.Delay(500); // a message for beta, were there one, would have come with demo's
        lock (betaHeard) betaHeard.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_stranger_cannot_connect()
    {
        await Should.ThrowAsync<Exception>(async () =>
        {
            await using var stranger = await ConnectAsync("/hubs/live", token: null, _ => { });
        });
    }

    private async Task<HubConnection> ConnectAsync(string path, string? token, Action<string> changed)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(app.ClientOptions.BaseAddress, path), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
                o.WebSocketFactory = async (context, ct) =>
                {
                    var client = app.Server.CreateWebSocketClient();
                    if (token is not null) client.ConfigureRequest = request => request.Headers.Authorization = "Bearer " + token;
                    return await client.ConnectAsync(context.Uri, ct);
                };
            })
            .Build();
        connection.On<string>("changed", changed);
        await connection.StartAsync();
        return connection;
    }
}
