using Microsoft.AspNetCore.Identity;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>A person who signs in. Belongs to one tenant, or to none when a platform administrator.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser() => Id = Guid.CreateVersion7();

    /// <summary>The tenant the account lives in; null marks a platform administrator.</summary>
    public Guid? TenantId { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>The profile picture, usually an image of the tenant's media library.</summary>
    public string? AvatarUrl { get; set; }

    public string Bio { get; set; } = "";

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
