namespace RusToK.Domain.Kernel.Tenancy;

/// <summary>How a tenant's site looks inside the shared design system.</summary>
public sealed record TenantTheme(string PrimaryColor, string? LogoUrl)
{
    public static TenantTheme Default { get; } = new("#3F51B5", null);
}
