using RusToK.Domain.Modules.Commerce.Catalog;

namespace RusToK.Web.Modules.Commerce.Catalog;

public sealed record ProductOptionDto(string Name, List<string> Values)
{
    [global::GraphQL.Ignore]
    public static ProductOptionDto From(ProductOptionInput o) => new(o.Name, [.. o.Values]);
}
