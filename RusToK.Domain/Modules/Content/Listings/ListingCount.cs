using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>How many published items of a type one category, tag, month or the whole listing holds, for one scope.</summary>
public sealed class ListingCount : Entity, ITenantOwned
{
    public const int MaxKeyLength = 40;

    private ListingCount()
    {
    }

    public ListingCount(string contentType, ListingKey key)
    {
        ContentType = contentType;
        Dimension = key.Dimension;
        Key = key.Key;
        Scope = key.Scope;
    }

    public Guid TenantId { get; set; }

    public string ContentType { get; private set; } = "";

    public ListingDimension Dimension { get; private set; }

    public string Key { get; private set; } = "";

    public string Scope { get; private set; } = ListingScope.Addresses;

    public int Count { get; set; }

    /// <summary>The whole listing's count of addresses stays even at zero: its presence says the type's counts were built.</summary>
    public bool IsMarker => Dimension == ListingDimension.Total && Scope == ListingScope.Addresses;
}
