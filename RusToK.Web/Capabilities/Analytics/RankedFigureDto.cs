using RusToK.Domain.Capabilities.Analytics;

namespace RusToK.Web.Capabilities.Analytics;

/// <summary>A path of the site or a referring host, with its views over the period.</summary>
public sealed record RankedFigureDto(string Key, long Views)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static RankedFigureDto From(RankedFigure figure) => new(figure.Key, figure.Count);
}
