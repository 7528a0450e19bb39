using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.IdentityModel.Tokens;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Messaging;
using RusToK.Infrastructure;
using RusToK.Infrastructure.Kernel.Configuration;
using RusToK.Infrastructure.Kernel.Identity;
using RusToK.Web.Kernel.Auth;

namespace RusToK.Web.Kernel.Hosting;

/// <summary>Identity with cookies for people, JWT bearer tokens for programs, and permission policies for both.</summary>
public static class AuthRegistration
{
    public const string Scheme = "RusToK";

    public static IServiceCollection AddRusToKAuth(this IServiceCollection services, IConfiguration configuration, RusToKPaths paths)
    {
        var authOptions = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section));
        var signingKey = SigningKeyProvider.Load(authOptions, paths);
        services.AddSingleton(signingKey);

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
                o.SignIn.RequireConfirmedEmail = true;
            })
            .AddRusToKIdentityStores()
            .AddClaimsPrincipalFactory<RusToKClaimsFactory>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = CookieTenantValidation.OnRefreshingPrincipal;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = ".rustok.auth";
            // One session per host: without a fixed path, /t/{slug} sign-ins would set a second cookie under the
            // tenant's path and signing out there would leave the other one behind.
            o.Cookie.Path = "/";
            // Secure whenever the visitor came over HTTPS (directly, or through a proxy ForwardedHeaders trusts).
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Lax, stated rather than left to the browser's default (which lets a cross-site POST carry a cookie in
            // its first two minutes). Not Strict, not even for the platform administrator whose cookie opens every
            // /t/{slug} tenant: those tenants share this one origin, so SameSite cannot tell them apart anyway, and
            // Strict would drop the session on every link followed from mail or chat into /admin. Cross-site writes
            // are stopped by the origin check (CrossOriginRequestGuard) and antiforgery tokens instead.
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.Events.OnSigningIn = CookieTenantValidation.OnSigningIn;
            o.Events.OnValidatePrincipal = CookieTenantValidation.OnValidatePrincipal;
            o.Events.OnRedirectToLogin = CookieTenantValidation.OnRedirectToLogin;
            o.Events.OnRedirectToAccessDenied = CookieTenantValidation.OnRedirectToAccessDenied;
        });

        services.AddAuthentication(o =>
            {
                // AddIdentity set the cookie as default for everything; the policy scheme picks cookie or bearer per request.
                o.DefaultScheme = Scheme;
                o.DefaultAuthenticateScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Cookie or bearer token", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || HubToken(http.Request) is not null
                    ? JwtBearerDefaults.AuthenticationScheme
                    : IdentityConstants.ApplicationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = authOptions.Issuer,
                    ValidAudience = authOptions.Audience,
                    IssuerSigningKey = signingKey,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "email",
                };
                o.Events = new JwtBearerEvents
                {
                    OnTokenValidated = JwtTenantValidation.OnTokenValidated,
                    // Browsers cannot set a header on a WebSocket: the live hub also takes the token from the address.
                    OnMessageReceived = context =>
                    {
                        context.Token ??= HubToken(context.Request);
                        return Task.CompletedTask;
                    },
                };
            });

        services.AddAntiforgery(o =>
        {
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddScoped<PasswordCheck>();
        services.AddScoped<SignInLanding>();
        services.AddSingleton<UnknownAccountAttempts>();
        services.AddScoped<AccountEmails>();
        services.AddSingleton<IInvitationTexts, InvitationTexts>();
        services.AddScoped<TwoFactorSetup>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<RefreshTokenService>();
        services.AddSingleton<SessionRevocations>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidation>();
        services.AddScoped<ICurrentActor, CurrentActor>();
        return services;
    }

    /// <summary>The bearer token a browser's connection to the live hub carries in its address (<c>?access_token=</c>).</summary>
    private static string? HubToken(HttpRequest request) =>
        request.Path.StartsWithSegments(RusToK.Web.Kernel.Live.LiveHub.Path) && request.Query["access_token"].ToString() is { Length: > 0 } token ? token : null;
}
