using RusToK.Domain.Modules.Announcements;

namespace RusToK.Web.Modules.Announcements;

public sealed record AnnouncementDto(Guid Id, string Title, string Body, string Tone, bool IsPublished, DateTime? StartsAt, DateTime? EndsAt, Guid ConcurrencyStamp, DateTime UpdatedAt)
{
    [global::GraphQL.Ignore] // a mapping helper, not a field
    public static AnnouncementDto From(Announcement a) =>
        new(a.Id, a.Title, a.Body, a.Tone.ToString(), a.IsPublished, a.StartsAt, a.EndsAt, a.ConcurrencyStamp, a.UpdatedAt);
}
