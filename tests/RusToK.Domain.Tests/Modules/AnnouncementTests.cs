using RusToK.Domain.Modules.Announcements;
using RusToK.Domain.Modules.Announcements.Events;

namespace RusToK.Domain.Tests.Modules;

public sealed class AnnouncementTests
{
    private static readonly DateTime Now = new(2026, 11, 24, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Shows_only_when_published_and_inside_its_window()
    {
        Announcement.Create(new AnnouncementInput("Always", null)).IsVisibleAt(Now).ShouldBeTrue();
        Announcement.Create(new AnnouncementInput("Draft", null, IsPublished: false)).IsVisibleAt(Now).ShouldBeFalse();
        Announcement.Create(new AnnouncementInput("Later", null, StartsAt: Now.AddHours(1))).IsVisibleAt(Now).ShouldBeFalse();
        Announcement.Create(new AnnouncementInput("Over", null, EndsAt: Now.AddHours(-1))).IsVisibleAt(Now).ShouldBeFalse();
        Announcement.Create(new AnnouncementInput("Now", null, StartsAt: Now.AddHours(-1), EndsAt: Now.AddHours(1))).IsVisibleAt(Now).ShouldBeTrue();
    }

    [Fact]
    public void Each_change_raises_an_event_for_the_outbox()
    {
        var announcement = Announcement.Create(new AnnouncementInput("  Hello  ", "Body"));
        announcement.Title.ShouldBe("Hello");
        announcement.Update(new AnnouncementInput("Hello again", null));
        announcement.MarkDeleted();
        announcement.DomainEvents.Select(e => e.GetType()).ShouldBe([typeof(AnnouncementCreated), typeof(AnnouncementUpdated), typeof(AnnouncementDeleted)]);
        announcement.DomainEvents.ShouldAllBe(e => e.AggregateId == announcement.Id);
    }
}
