using System.Threading.RateLimiting;
using Microsoft.Extensions.Localization;
using RusToK.Web.Kernel.Api;
using RusToK.Web.Kernel.Hosting;
using RusToK.Web.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Auth;

/// <summary>
/// ASP.NET Core's rate limiter on the endpoints that check passwords or send mail: <see cref="Policy"/> lets a
/// client address make <see cref="RateLimitOptions.PerAddressPerMinute"/> posts a minute, then answers 429 with
/// Retry-After. Reading those pages (GET) is not limited.
/// </summary>
public static class AuthRateLimits
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddRusToKRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.Section));
        services.AddSingleton<AccountAttemptLimiter>();
        services.AddRateLimiter(o =>
        {
            o.AddPolicy(Policy, http => HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
                ? RateLimitPartition.GetNoLimiter("reading")
                : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.PerAddressPerMinute),
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            o.OnRejected = (context, ct) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                return new ValueTask(TooManyAsync(context.HttpContext, wait));
            };
        });
        return services;
    }

    /// <summary>429 with Retry-After: ProblemDetails for programs, a short page for people.</summary>
    public static Task TooManyAsync(HttpContext http, TimeSpan wait)
    {
        var seconds = RetryAfter.Set(http.Response, wait);
        if (TenantResolutionMiddleware.IsApiPath(http.Request.Path)) return ApiProblems.TooManyRequests(seconds).ExecuteAsync(http);
        return PlainStatusPage.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many attempts", "Wait {0} seconds, then try again.", seconds);
    }

    /// <summary>
    /// A sign-in or account form refused for its address: answers 429 with Retry-After and returns the sentence the
    /// form shows above its fields.
    /// </summary>
    public static string RefuseForm(HttpContext http, TimeSpan wait, IStringLocalizer localizer)
    {
        var seconds = RetryAfter.Set(http.Response, wait);
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return localizer["Too many attempts. Try again in {0} seconds.", seconds];
    }
}
