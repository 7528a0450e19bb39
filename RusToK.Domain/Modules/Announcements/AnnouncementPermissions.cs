namespace RusToK.Domain.Modules.Announcements;

public static class AnnouncementPermissions
{
    public const string Manage = "announcements.manage";
}
