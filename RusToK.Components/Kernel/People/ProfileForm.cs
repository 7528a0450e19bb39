using RusToK.Domain.Kernel.Identity;

namespace RusToK.Components.Kernel.People;

/// <summary>The profile page's fields, as the person edits them.</summary>
public sealed class ProfileForm
{
    public string DisplayName { get; set; } = "";

    public string? AvatarUrl { get; set; }

    public string? Bio { get; set; }

    public void Fill(PersonProfile profile)
    {
        DisplayName = profile.DisplayName;
        AvatarUrl = profile.AvatarUrl;
        Bio = profile.Bio;
    }

    public ProfileInput ToInput() => new(DisplayName, AvatarUrl, Bio);
}
