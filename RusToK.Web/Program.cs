using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Localization;
using MudBlazor.Services;
using RusToK.Components.Kernel.Dashboard;
using RusToK.Components.Kernel.Layout;
using RusToK.Components.Kernel.Localization;
using RusToK.Components.Kernel.Theme;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Infrastructure;
using RusToK.Infrastructure.Kernel.Configuration;
using RusToK.Web.Components;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Auth;
using RusToK.Web.Kernel.GraphQL;
using RusToK.Web.Kernel.Health;
using RusToK.Web.Kernel.Hosting;
using RusToK.Web.Kernel.Live;
using RusToK.Web.Kernel.Modules;
using RusToK.Web.Kernel.Operations;
using RusToK.Web.Kernel.Preferences;
using RusToK.Web.Kernel.Security;
using RusToK.Web.Kernel.Seeding;
using RusToK.Web.Kernel.Site;
using RusToK.Web.Kernel.Tenancy;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var configuration = builder.Configuration;
var paths = new RusToKPaths(configuration["RUSTOK_DATA_DIR"] ?? Path.Combine(builder.Environment.ContentRootPath, "App_Data"));

// Serve the design system's files from the build output in every environment (a published app has them in wwwroot).
builder.WebHost.UseStaticWebAssets();

// A JSON body larger than this is refused with 413 before any work is done.
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = 1_000_000);
builder.Services.AddDataProtection().SetApplicationName("RusToK").PersistKeysToFileSystem(new DirectoryInfo(paths.Keys));
builder.Services.AddRusToKInfrastructure(configuration, paths);
builder.Services.AddRusToKModules(configuration);
builder.Services.AddOutputCache(o => o.AddPolicy(StorefrontCachePolicy.Name, new StorefrontCachePolicy(configuration.GetValue("Storefront:OutputCache", true))));
builder.Services.AddScoped<IDomainEventHandler<IReaderVisibleChange>, StorefrontCacheInvalidator>();
builder.Services.AddRusToKForwardedHeaders(configuration);
builder.Services.AddRusToKAuth(configuration, paths);
builder.Services.AddRusToKRateLimits(configuration);
builder.Services.AddRusToKApi();
builder.Services.AddRusToKHealth(configuration);
builder.Services.AddScoped<TenantAdministrationService>();
builder.Services.AddScoped<ModuleActivationService>();
builder.Services.AddSingleton(new SeedOptions
{
    AdminEmail = configuration["RUSTOK_ADMIN_EMAIL"] ?? "admin@rustok.local",
    AdminPassword = configuration["RUSTOK_ADMIN_PASSWORD"],
    DemoTenant = configuration.GetValue("RUSTOK_DEMO", true),
});
builder.Services.AddSingleton<FirstStartNotice>();
builder.Services.AddSingleton<PlatformSeeder>();
builder.Services.AddSingleton<IReservedPaths, EndpointReservedPaths>();

builder.Services.AddModularLocalization();
// Russian text is written as UTF-8, not as &#x...; entities.
builder.Services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddCascadingAuthenticationState();
builder.Services.AddMudServices(mud =>
{
    // Bottom right, out of the way of the page header's buttons; one message at a time, the newest.
    mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
    mud.SnackbarConfiguration.PreventDuplicates = true;
    mud.SnackbarConfiguration.MaxDisplayedSnackbars = 1;
    mud.SnackbarConfiguration.NewestOnTop = true;
});
builder.Services.AddSingleton<ThemeStylesheets>();
builder.Services.AddKernelDashboardWidgets();
builder.Services.AddScoped<RusToK.Components.Kernel.Live.CircuitLive>();
builder.Services.AddSingleton<LiveHubAudiences>();
builder.Services.AddHostedService<LiveHubRelay>();

var app = builder.Build();
await app.PrepareAsync();

app.UseRusToKForwardedHeaders();
// First of all: the error answers written on the way out (status code pages, the exception handler, an unknown or
// suspended site) are in the reader's language too, and a culture set further in would not reach them.
app.UseRequestLocalization(o =>
{
    o.SetDefaultCulture("en").AddSupportedCultures("en", "ru").AddSupportedUICultures("en", "ru");
    o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
});
app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
app.UseMiddleware<HeadRequestMiddleware>();
app.UseApiStatusCodePages();
app.UseMiddleware<CrossOriginRequestGuard>();
app.UseMiddleware<TenantResolutionMiddleware>();
app.UseRouting();
app.UseMiddleware<ModuleGateMiddleware>();
app.UseAuthentication();
// Before authorization: Hangfire answers /admin/jobs for platform administrators; the admin page at that address answers everyone else.
app.UseRusToKJobsDashboard();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<SiteVisitMiddleware>(); // before the output cache: a cached page read still counts
app.UseOutputCache();
app.UseAntiforgery();

app.MapStaticAssets();
app.MapRusToKHealth();
var api = app.MapGroup("/api/v1").RefuseControlCharacters();
api.MapAuthEndpoints();
api.MapTwoFactorEndpoints();
api.MapDeclaredOperations();
api.MapModuleApis(app.Services.GetRequiredService<IReadOnlyList<IWebModule>>());
app.MapGraphQLEndpoint();
// WebSockets only: the connection's own request (its site, its permissions) then lives as long as the connection.
app.MapHub<LiveHub>(LiveHub.Path, o => o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets);
app.MapUnknownApiRoutes();
app.MapSiteEndpoints();
app.MapThemeStylesheets();
app.MapModuleSites(app.Services.GetRequiredService<IReadOnlyList<IWebModule>>());
app.MapOpenApi();
// Without its default fonts the reference loads nothing from Scalar's servers (and needs no font-src beyond our own).
app.MapScalarApiReference("/openapi-ui", o => o.WithTitle("RusToK API").DisableDefaultFonts());
app.MapPreferenceEndpoints();
app.MapAccountEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AddAdditionalAssemblies(typeof(StorefrontLayout).Assembly).WithStaticStorefront();

app.Lifetime.ApplicationStarted.Register(() =>
{
    Console.WriteLine($"RusToK is ready: storefront {string.Join(", ", app.Urls)}/ · admin /admin · API /openapi-ui · catalog: {string.Join(", ", app.Services.GetRequiredService<ModuleCatalog>().All.Select(m => m.Name))}");
    app.Services.GetRequiredService<FirstStartNotice>().Print(Console.Out);
});
app.Run();

/// <summary>The web host; public so integration tests can start it with WebApplicationFactory.</summary>
public partial class Program;
