using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

public sealed record ProductOptionRequest(string Name, List<string>? Values = null)
{
    public ProductOptionInput ToInput() => new(Name ?? "", Values ?? []);
}
