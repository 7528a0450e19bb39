using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Kernel.Tenancy;

namespace RusToK.Web.Kernel.Api;

/// <summary>The new site's owner: with a password they can sign in at once, without one they are e-mailed an invitation.</summary>
public sealed record TenantOwnerRequest(
    [property: Required, MaxLength(256)] string Email,
    [property: Required, MaxLength(100)] string DisplayName,
    [property: MaxLength(256)] string? Password)
{
    public TenantOwner ToOwner() => new(Email, DisplayName, Password);
}
