namespace RusToK.Domain.Kernel.Identity;

/// <summary>A user as the admin lists them.</summary>
public sealed record UserSummary(
    Guid Id, string Email, string DisplayName, bool EmailConfirmed, bool IsLockedOut, IReadOnlyList<string> Roles, DateTime CreatedAt);
