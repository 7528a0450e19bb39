using System.Diagnostics;
using System.Net.Http.Json;
using RusToK.Testing;

// Creates N tenants through the REST API (SQLite or MariaDB), timing each request, then reports the managed memory each
// idle tenant costs once it has been resolved (its site visited once): a tenant should cost rows, not objects.
// Usage: RusToK.Bench [count] [sqlite|mariadb]   (mariadb needs RUSTOK_TEST_MYSQL, as set by scripts/test-services.sh --print-env)
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 1000;
var onMariaDb = args.Length > 1 && args[1] == "mariadb";
using KestrelAppFactory app = onMariaDb ? new KestrelMariaDbAppFactory() : new KestrelSqliteAppFactory();
using var client = new HttpClient { BaseAddress = app.Address };
var token = (await client.TokenAsync(RusToKAppFactory.AdminEmail, RusToKAppFactory.AdminPassword, "demo"))["accessToken"]!.GetValue<string>();
client.WithBearer(token);

// Warm up the paths once so JIT and first-use caches are not charged to the tenants.
await CreateAsync("warmup");
await client.GetAsync("/t/warmup/");
var baseline = Settle();

var timings = new List<double>(count);
for (var i = 0; i < count; i++)
{
    var watch = Stopwatch.StartNew();
    await CreateAsync($"bench{i:D5}");
    timings.Add(watch.Elapsed.TotalMilliseconds);
}

var afterCreate = Settle();
for (var i = 0; i < count; i++) (await client.GetAsync($"/t/bench{i:D5}/")).EnsureSuccessStatusCode();
var afterVisit = Settle();

timings.Sort();
Console.WriteLine($"tenants created: {count} on {(onMariaDb ? "MariaDB" : "SQLite")}");
Console.WriteLine($"create latency ms: p50 {P(0.50):0.0}, p95 {P(0.95):0.0}, p99 {P(0.99):0.0}, max {timings[^1]:0.0}");
Console.WriteLine($"managed heap per tenant after creating: {(afterCreate - baseline) / (double)count:0} bytes");
Console.WriteLine($"managed heap per tenant after visiting each site once: {(afterVisit - baseline) / (double)count:0} bytes");
return;

async Task CreateAsync(string slug)
{
    var response = await client.PostAsJsonAsync("/api/v1/platform/tenants", new { slug, name = $"Tenant {slug}", modules = new[] { "announcements" } });
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{slug}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
}

static long Settle()
{
    for (var i = 0; i < 3; i++)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }

    return GC.GetTotalMemory(forceFullCollection: true);
}

double P(double q) => timings[Math.Min(timings.Count - 1, (int)Math.Ceiling(q * timings.Count) - 1)];
