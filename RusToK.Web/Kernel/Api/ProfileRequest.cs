using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Kernel.Identity;

namespace RusToK.Web.Kernel.Api;

/// <summary>The caller's profile as they send it; the same rules as the profile page.</summary>
public sealed record ProfileRequest(
    [property: Required, MaxLength(PersonProfile.MaxDisplayNameLength)] string DisplayName,
    [property: MaxLength(PersonProfile.MaxAvatarUrlLength)] string? AvatarUrl,
    [property: MaxLength(PersonProfile.MaxBioLength)] string? Bio)
{
    public ProfileInput ToInput() => new(DisplayName, AvatarUrl, Bio);
}
