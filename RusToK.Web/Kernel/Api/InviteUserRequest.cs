using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Kernel.Api;

/// <summary>Invite a user; with a password they can sign in at once, without one they get an e-mail.</summary>
public sealed record InviteUserRequest(
    [property: Required, EmailAddress, MaxLength(256)] string Email,
    [property: Required, MaxLength(100)] string DisplayName,
    [property: MaxLength(20)] IReadOnlyList<string>? Roles,
    [property: MaxLength(256)] string? Password);
