namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>What a listing count is about: all items, one category, one tag, one archive month; or an item's address.</summary>
public enum ListingDimension
{
    Total = 0,
    Category = 1,
    Tag = 2,
    Month = 3,

    /// <summary>Not counted: says which address a version (key: its id) was last counted at, so a changed slug is found.</summary>
    Version = 4,
}
