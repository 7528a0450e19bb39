namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>
/// What a new tenant starts with besides its name: a template's modules (or an explicit list, which wins), and an owner.
/// <see cref="SiteAddress"/> is where the platform is reached (the owner's invitation links to the site under it).
/// </summary>
public sealed record TenantSetup(string? Template = null, IReadOnlyList<string>? Modules = null, TenantOwner? Owner = null, string? SiteAddress = null);
