namespace RusToK.Domain.Modules.Commerce.Catalog;

/// <summary>One way a product varies ("Bag size": 250 g, 1 kg), as an editor declares it.</summary>
public sealed record ProductOptionInput(string Name, IReadOnlyList<string> Values);
