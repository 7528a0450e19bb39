using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Sign in as a user of a tenant (by slug) and receive an access and a refresh token.</summary>
public sealed record TokenRequest(
    [property: Required, EmailAddress, MaxLength(256)] string Email,
    [property: Required, MaxLength(256)] string Password,
    [property: Required, MaxLength(63)] string Tenant);

/// <summary>A refresh token to spend or revoke.</summary>
public sealed record RefreshRequest([property: Required, MaxLength(200)] string RefreshToken);

/// <summary>A fresh token pair.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
