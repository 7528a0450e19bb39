namespace RusToK.Domain.Kernel.Identity;

/// <summary>Invite someone into the current tenant: they get an e-mail link to choose a password.</summary>
public sealed record InviteUserCommand(string Email, string DisplayName, IReadOnlyList<string> Roles, string? Password = null);
