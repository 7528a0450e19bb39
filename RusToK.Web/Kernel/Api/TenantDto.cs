using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

public sealed record TenantDto(Guid Id, string Slug, string Name, string Status, IReadOnlyList<string> Hosts, IReadOnlyList<string> EnabledModules, string PrimaryColor, string? LogoUrl)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static TenantDto From(Tenant t) =>
        new(t.Id, t.Slug, t.Name, t.Status.ToString(), t.Hosts.Select(h => h.Name).ToList(), t.EnabledModules, t.PrimaryColor, t.LogoUrl);
}
