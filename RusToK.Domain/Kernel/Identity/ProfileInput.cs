using RusToK.Domain.Kernel.Results;
using RusToK.Domain.Kernel.Text;

namespace RusToK.Domain.Kernel.Identity;

/// <summary>What a person fills in about themselves; the same for the profile page, REST and GraphQL.</summary>
public sealed record ProfileInput(string DisplayName, string? AvatarUrl, string? Bio)
{
    public Validator Validate() => new Validator()
        .Required("displayName", DisplayName, "Display name")
        .MaxLength("displayName", DisplayName?.Trim(), PersonProfile.MaxDisplayNameLength, "Display name")
        .MaxLength("avatarUrl", AvatarUrl, PersonProfile.MaxAvatarUrlLength, "Avatar")
        .Must(SafeUrl.IsSafe(AvatarUrl), "avatarUrl", "The avatar must be an image of this site or an http(s) address.")
        .MaxLength("bio", Bio, PersonProfile.MaxBioLength, "Bio");
}
