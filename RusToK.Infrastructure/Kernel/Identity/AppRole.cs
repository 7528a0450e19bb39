using Microsoft.AspNetCore.Identity;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>A per-tenant role; its permissions are stored as role claims of type <see cref="PermissionClaimType"/>.</summary>
public sealed class AppRole : IdentityRole<Guid>
{
    public const string PermissionClaimType = "permission";

    public AppRole() => Id = Guid.CreateVersion7();

    public Guid TenantId { get; set; }

    public bool IsBuiltIn { get; set; }
}
