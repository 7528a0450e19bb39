namespace RusToK.Domain.Capabilities.Media;

public static class MediaPermissions
{
    /// <summary>Upload, describe and delete files in the media library.</summary>
    public const string Manage = "media.manage";
}
