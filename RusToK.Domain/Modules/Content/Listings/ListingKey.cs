using System.Globalization;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>One count's identity within a content type.</summary>
public readonly record struct ListingKey(ListingDimension Dimension, string Key, string Scope)
{
    public static readonly ListingKey Marker = new(ListingDimension.Total, "", ListingScope.Addresses);

    public static string Month(DateTime publishedAt) => publishedAt.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Of(Guid id) => id.ToString("D");
}
