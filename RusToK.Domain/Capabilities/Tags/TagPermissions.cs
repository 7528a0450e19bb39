namespace RusToK.Domain.Capabilities.Tags;

public static class TagPermissions
{
    /// <summary>Rename, merge and delete tags in the vocabulary (attaching tags is governed by the module that owns the entity).</summary>
    public const string Manage = "tags.manage";
}
