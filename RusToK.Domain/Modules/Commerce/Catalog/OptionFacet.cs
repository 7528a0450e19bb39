namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>One option (Grind) and its values (Whole bean: 9 products) across a listing.</summary>
public sealed record OptionFacet(string Name, IReadOnlyList<OptionValueCount> Values);
