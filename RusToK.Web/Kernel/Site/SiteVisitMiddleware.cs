using RusToK.Domain.Kernel.Site;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Site;

/// <summary>
/// Tells the observers (analytics) of each storefront page a person read. It runs before the output cache, so a page
/// served from the cache counts like any other; it looks only at the request's path, referrer and agent, sets no cookie.
/// </summary>
public sealed class SiteVisitMiddleware(RequestDelegate next, IEnumerable<ISiteVisitObserver> observers, TimeProvider clock)
{
    private readonly ISiteVisitObserver[] _observers = observers.ToArray();

    public async Task InvokeAsync(HttpContext http, ITenantContext tenant)
    {
        await next(http);
        if (_observers.Length == 0 || tenant.Current is not { } site || !SiteVisitRules.IsPageRead(http)) return;
        var visit = new SiteVisit(site.Id, SiteVisitRules.PathOf(http.Request), SiteVisitRules.ReferrerHost(http.Request), clock.GetUtcNow().UtcDateTime);
        foreach (var observer in _observers) observer.Saw(visit);
    }
}
