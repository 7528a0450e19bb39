namespace RusToK.Domain.Modules.Pages;

public static class PagePermissions
{
    public const string Manage = "pages.manage";
}
