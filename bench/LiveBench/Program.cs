using System.Globalization;
using LiveBench;
using Microsoft.AspNetCore.SignalR;
using RusToK.Domain.Kernel.Live;
using RusToK.Domain.Modules.Content;
using RusToK.Testing;

// N clients (default 500) connected over WebSockets to RusToK's /hubs/live as the demo editor hear a live message of
// their site, R rounds (default 20); beside them, in the same run, N clients of a bare hub hear a plain broadcast.
// Reports p50/p95/max from sending to each client's receipt, after three warm-up rounds that are not counted. Usage: LiveBench [clients] [rounds]
var clients = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;

var bareBuilder = WebApplication.CreateSlimBuilder();
bareBuilder.WebHost.UseUrls("http://127.0.0.1:0");
bareBuilder.Services.AddSignalR();
await using var bare = bareBuilder.Build();
bare.MapHub<BareHub>("/bare");
await bare.StartAsync();
var bareHub = bare.Services.GetRequiredService<IHubContext<BareHub>>();
await using (var baseline = new FanOut(clients))
{
    await baseline.ConnectAsync(new Uri(bare.Urls.First() + "/bare"), null);
    for (var i = 0; i < 3; i++) await baseline.RoundAsync(() => _ = bareHub.Clients.All.SendAsync("changed", "activity"));
    baseline.Forget();
    for (var i = 0; i < rounds; i++) await baseline.RoundAsync(() => _ = bareHub.Clients.All.SendAsync("changed", "activity"));
    Report("bare hub, Clients.All", baseline.Latencies);
}

using var app = new KestrelSqliteAppFactory();
using var http = new HttpClient { BaseAddress = app.Address };
var token = (await http.TokenAsync("editor@demo.local", "Editor123!", "demo"))["accessToken"]!.GetValue<string>();
var tenant = (await (await http.WithBearer(token).GetAsync("/api/v1/me")).JsonAsync())["tenantId"]!.GetValue<Guid>();
var live = app.Services.GetRequiredService<ILiveUpdates>();
await using (var rustok = new FanOut(clients))
{
    await rustok.ConnectAsync(new Uri(app.Address, "hubs/live"), token);
    for (var i = 0; i < 3; i++) await rustok.RoundAsync(() => live.Publish(new LiveMessage(tenant, LiveTopics.Activity, ContentPermissions.Edit)));
    rustok.Forget();
    for (var i = 0; i < rounds; i++) await rustok.RoundAsync(() => live.Publish(new LiveMessage(tenant, LiveTopics.Activity, ContentPermissions.Edit)));
    Report("RusToK /hubs/live, filtered by site and permission", rustok.Latencies);
}

void Report(string what, IReadOnlyList<double> latencies)
{
    var sorted = latencies.Order().ToList();
    double P(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
    Console.WriteLine($"{what}: {clients} clients x {rounds} rounds, receipt after sending ms: p50 {P(0.50):0.0}, p95 {P(0.95):0.0}, p99 {P(0.99):0.0}, max {sorted[^1]:0.0}");
}
