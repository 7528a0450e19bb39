namespace RusToK.Domain.Modules.Commerce.Catalog;

public sealed record OptionValueCount(string Value, int Products);
