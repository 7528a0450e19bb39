using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>
/// Create or edit a tenant. The slug is fixed after creation; the template, modules and owner count only when creating
/// (an explicit module list wins over a template; with neither the site starts with the platform alone).
/// </summary>
public sealed record TenantRequest(
    [property: Required, MaxLength(TenantSlug.MaxLength)] string Slug,
    [property: Required, MaxLength(TenantAdministrationService.MaxNameLength)] string Name,
    [property: MaxLength(20)] IReadOnlyList<string>? Hosts,
    [property: MaxLength(7)] string? PrimaryColor,
    [property: MaxLength(500)] string? LogoUrl,
    [property: MaxLength(50)] IReadOnlyList<string>? Modules,
    [property: MaxLength(50)] string? Template = null,
    TenantOwnerRequest? Owner = null)
{
    public TenantInput ToInput() => new(Slug, Name, Hosts ?? [], PrimaryColor, LogoUrl);

    public TenantSetup ToSetup(string siteAddress) => new(Template, Modules, Owner?.ToOwner(), siteAddress);
}
