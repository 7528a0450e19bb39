namespace RusToK.Domain.Modules.Announcements;

/// <summary>The fields an editor fills in; the same shape for the admin form, REST and GraphQL.</summary>
public sealed record AnnouncementInput(
    string Title, string? Body, AnnouncementTone Tone = AnnouncementTone.Info, bool IsPublished = true, DateTime? StartsAt = null, DateTime? EndsAt = null);
