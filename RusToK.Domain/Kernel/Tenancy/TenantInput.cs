namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>What an administrator types to create or edit a tenant.</summary>
public sealed record TenantInput(string Slug, string Name, IReadOnlyList<string> Hosts, string? PrimaryColor = null, string? LogoUrl = null);
