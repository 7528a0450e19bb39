namespace RusToK.Web.Kernel.Seeding;

/// <summary>Who the first platform administrator is and whether to seed the demo site.</summary>
public sealed class SeedOptions
{
    public string AdminEmail { get; set; } = "admin@rustok.local";

    /// <summary>When empty, a password is generated and printed once.</summary>
    public string? AdminPassword { get; set; }

    public bool DemoTenant { get; set; } = true;
}
