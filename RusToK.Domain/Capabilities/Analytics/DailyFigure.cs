using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>
/// One number of one day of a tenant's site: "412 views on 3 December", "37 views of /blog/pour-over", "2 posts
/// published". Days are UTC dates. A row is only ever added to (see <see cref="DailyFigureWriter"/>).
/// </summary>
public sealed class DailyFigure : ITenantOwned
{
    public const int MaxKeyLength = 200;

    public Guid TenantId { get; set; }

    public DateOnly Day { get; set; }

    public string Metric { get; set; } = "";

    public string Key { get; set; } = "";

    public long Count { get; set; }
}
