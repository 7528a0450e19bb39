using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.GraphQL;

/// <summary>What anyone may know about a site.</summary>
public sealed record PublicTenantDto(string Slug, string Name, string PrimaryColor, string? LogoUrl)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static PublicTenantDto From(TenantInfo t) => new(t.Slug, t.Name, t.Theme.PrimaryColor, t.Theme.LogoUrl);
}
