namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>
/// The person a new site is handed to, holding its Owner role. With a password they can sign in at once; without one
/// they are e-mailed a link to choose it.
/// </summary>
public sealed record TenantOwner(string Email, string DisplayName, string? Password = null);
