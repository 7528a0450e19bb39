namespace RusToK.Domain.Modules.Content;

public static class ContentPermissions
{
    public const string Edit = "content.items.edit";
    public const string Publish = "content.items.publish";
    public const string Categories = "content.categories.manage";
}
