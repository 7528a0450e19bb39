namespace RusToK.Web.Kernel.Seeding;

/// <summary>Someone who lives in the demo tenant, with the profile readers see on their posts.</summary>
public sealed record DemoPerson(string Email, string DisplayName, string Role, string? Password, string AvatarUrl, string Bio);
