using RusToK.Domain.Kernel.Entities;
using RusToK.Domain.Modules.Announcements.Events;

namespace RusToK.Domain.Modules.Announcements;

/// <summary>A banner on the tenant's storefront, visible between optional start and end times.</summary>
public sealed class Announcement : TenantOwnedAggregate
{
    public const int MaxTitleLength = 120;
    public const int MaxBodyLength = 1000;

    private Announcement()
    {
    }

    public string Title { get; private set; } = "";

    public string Body { get; private set; } = "";

    public AnnouncementTone Tone { get; private set; }

    public bool IsPublished { get; private set; }

    public DateTime? StartsAt { get; private set; }

    public DateTime? EndsAt { get; private set; }

    public static Announcement Create(AnnouncementInput input)
    {
        var announcement = new Announcement();
        announcement.Apply(input);
        announcement.Raise(new AnnouncementCreated(announcement.Id, announcement.Title));
        return announcement;
    }

    public void Update(AnnouncementInput input)
    {
        Apply(input);
        Raise(new AnnouncementUpdated(Id, Title));
    }

    public void MarkDeleted() => Raise(new AnnouncementDeleted(Id));

    public bool IsVisibleAt(DateTime utcNow) =>
        IsPublished && (StartsAt is null || StartsAt <= utcNow) && (EndsAt is null || EndsAt > utcNow);

    private void Apply(AnnouncementInput input)
    {
        Title = input.Title.Trim();
        Body = input.Body?.Trim() ?? "";
        Tone = input.Tone;
        IsPublished = input.IsPublished;
        StartsAt = input.StartsAt?.ToUniversalTime();
        EndsAt = input.EndsAt?.ToUniversalTime();
        UpdatedAt = DateTime.UtcNow;
    }
}
