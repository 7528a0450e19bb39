using RusToK.Domain.Kernel.Modules;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

public sealed record ModuleDto(string Name, string DisplayName, string Version, string Description, IReadOnlyList<string> DependsOn, bool Enabled, bool IsKernel)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static ModuleDto From(ModuleDescriptor m, TenantInfo tenant) =>
        new(m.Name, m.DisplayName, m.Version, m.Description, m.DependsOn, m.IsOnFor(tenant), m.IsKernel);
}
