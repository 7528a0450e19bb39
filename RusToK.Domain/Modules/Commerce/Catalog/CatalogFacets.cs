using RusToK.Domain.Modules.Commerce.Pricing;

namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>What a listing can be narrowed by: each option's values with how many products offer them, and the price range.</summary>
public sealed record CatalogFacets(IReadOnlyList<OptionFacet> Options, Money? Lowest, Money? Highest);
