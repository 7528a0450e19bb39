namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>What one address adds to the count at <see cref="Key"/>.</summary>
public readonly record struct ListingEntry(ListingDimension Dimension, string Key, string Scope, int Weight)
{
    public ListingKey CountKey => new(Dimension, Key, Scope);
}
