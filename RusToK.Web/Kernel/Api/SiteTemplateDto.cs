using RusToK.Domain.Kernel.Modules;

namespace RusToK.Web.Kernel.Api;

/// <summary>A starting point for a new tenant and the modules it turns on.</summary>
public sealed record SiteTemplateDto(string Id, string Name, string Description, IReadOnlyList<string> Modules)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static SiteTemplateDto From(SiteTemplate t) => new(t.Id, t.Name, t.Description, t.Modules);
}
