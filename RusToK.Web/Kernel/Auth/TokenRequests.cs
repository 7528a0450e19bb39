using System.ComponentModel.DataAnnotations;

namespace RusToK.Web.Kernel.Auth;

/// <summary>Sign in as a user of a tenant (by slug) and receive an access and a refresh token. Users with two-factor sign-in also send a code.</summary>
public sealed record TokenRequest(
    [property: Required, EmailAddress, MaxLength(256)] string Email,
    [property: Required, MaxLength(256)] string Password,
    [property: Required, MaxLength(63)] string Tenant,
    [property: MaxLength(20)] string? TwoFactorCode = null);

/// <summary>A refresh token to spend or revoke.</summary>
public sealed record RefreshRequest([property: Required, MaxLength(200)] string RefreshToken);

/// <summary>A fresh token pair.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
