using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>
/// What one address (type + slug) adds to one count. Kept per address so that a handler can recompute an address
/// from its items and apply only the difference, which makes a redelivered event change nothing.
/// </summary>
public sealed class ListingMembership : Entity, ITenantOwned
{
    private ListingMembership()
    {
    }

    public ListingMembership(string contentType, string slug, ListingEntry entry)
    {
        ContentType = contentType;
        Slug = slug;
        Dimension = entry.Dimension;
        Key = entry.Key;
        Scope = entry.Scope;
        Weight = entry.Weight;
    }

    public Guid TenantId { get; set; }

    public string ContentType { get; private set; } = "";

    public string Slug { get; private set; } = "";

    public ListingDimension Dimension { get; private set; }

    public string Key { get; private set; } = "";

    public string Scope { get; private set; } = ListingScope.Addresses;

    public int Weight { get; set; }

    public ListingEntry Entry => new(Dimension, Key, Scope, Weight);
}
