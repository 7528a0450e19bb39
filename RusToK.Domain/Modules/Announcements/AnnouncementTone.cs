namespace RusToK.Domain.Modules.Announcements;

/// <summary>How loudly the storefront shows the banner.</summary>
public enum AnnouncementTone
{
    Info = 0,
    Success = 1,
    Warning = 2,
}
