namespace RusToK.Domain.Kernel.Identity;

/// <summary>How a person appears to others: the name on bylines, a picture, a few words about them.</summary>
public sealed record PersonProfile(Guid UserId, string DisplayName, string? AvatarUrl, string Bio)
{
    public const int MaxDisplayNameLength = 80;
    public const int MaxBioLength = 500;
    public const int MaxAvatarUrlLength = 500;
}
