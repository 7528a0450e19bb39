using System.ComponentModel.DataAnnotations;
using RusToK.Domain.Modules.Announcements;

namespace RusToK.Web.Modules.Announcements;

/// <summary>
/// Create or update an announcement. On update, send the <c>ConcurrencyStamp</c> you read: if someone saved
/// in between, the answer is 409 and nothing is overwritten.
/// </summary>
public sealed record AnnouncementRequest(
    [property: Required, MaxLength(Announcement.MaxTitleLength)] string Title,
    [property: MaxLength(Announcement.MaxBodyLength)] string? Body,
    AnnouncementTone Tone = AnnouncementTone.Info,
    bool IsPublished = true,
    DateTime? StartsAt = null,
    DateTime? EndsAt = null,
    Guid? ConcurrencyStamp = null)
{
    public AnnouncementInput ToInput() => new(Title, Body, Tone, IsPublished, StartsAt, EndsAt);
}
