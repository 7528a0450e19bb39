using RusToK.Domain.Capabilities.Analytics;
using RusToK.Domain.Kernel.Results;
using RusToK.Web.Kernel.Operations;
using static RusToK.Web.Kernel.Operations.OperationResults;

namespace RusToK.Web.Capabilities.Analytics;

/// <summary>The site's statistics (REST <c>/analytics</c>, GraphQL <c>analytics</c>): views, publications, top pages and referrers per day.</summary>
public static class AnalyticsOperations
{
    private static readonly OperationSet Ops = new("Analytics");

    public static IReadOnlyList<IApiOperation> All { get; } =
    [
        Ops.Get<ReadAnalytics, AnalyticsDto>("analytics", "/analytics", AnalyticsPermissions.View,
            "Views per day (counted without cookies), items published, top pages and referring sites over the last days", ReadAsync),
    ];

    private static async Task<OperationResult<AnalyticsDto>> ReadAsync(ReadAnalytics input, OperationContext c) =>
        Ok(AnalyticsDto.From(await c.Get<AnalyticsReport>().SummarizeAsync(input.Days ?? 7, c.CancellationToken)));
}
