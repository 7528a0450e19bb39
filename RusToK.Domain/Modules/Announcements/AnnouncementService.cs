using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Modules.Announcements;

/// <summary>Use cases of the Announcements module, always within the current tenant.</summary>
public sealed class AnnouncementService(IAppDbContextFactory dbFactory, TimeProvider clock)
{
    public async Task<Page<Announcement>> ListAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var query = db.Announcements.AsNoTracking();
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(a => a.CreatedAt).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        return new Page<Announcement>(items, page.Number, page.Size, total);
    }

    /// <summary>What the storefront shows now: published and inside its time window.</summary>
    public async Task<IReadOnlyList<Announcement>> VisibleAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreateContext();
        return await db.Announcements.AsNoTracking()
            .Where(a => a.IsPublished && (a.StartsAt == null || a.StartsAt <= now) && (a.EndsAt == null || a.EndsAt > now))
            .OrderByDescending(a => a.CreatedAt).Take(3).ToListAsync(ct);
    }

    public async Task<Announcement?> FindAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        return await db.Announcements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
    }

    public async Task<OperationResult<Announcement>> CreateAsync(AnnouncementInput input, CancellationToken ct = default)
    {
        var validator = Validate(input);
        if (!validator.IsValid) return validator.ToFailure<Announcement>();
        await using var db = dbFactory.CreateContext();
        var announcement = Announcement.Create(input);
        db.Announcements.Add(announcement);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success(announcement);
    }

    /// <summary>Updates when <paramref name="expectedStamp"/> still matches; otherwise reports the conflict.</summary>
    public async Task<OperationResult<Announcement>> UpdateAsync(Guid id, AnnouncementInput input, Guid? expectedStamp, CancellationToken ct = default)
    {
        var validator = Validate(input);
        if (!validator.IsValid) return validator.ToFailure<Announcement>();
        await using var db = dbFactory.CreateContext();
        var announcement = await db.Announcements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null) return OperationResult.NotFound<Announcement>("Announcement not found.");
        if (expectedStamp is { } stamp && stamp != announcement.ConcurrencyStamp)
        {
            return OperationResult.Conflict<Announcement>("Someone else changed this announcement since you opened it. Reload to see their version.");
        }

        announcement.Update(input);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (ConcurrencyConflictException)
        {
            return OperationResult.Conflict<Announcement>("Someone else changed this announcement at the same moment. Reload to see their version.");
        }

        return OperationResult.Success(announcement);
    }

    public async Task<OperationResult> DeleteAsync(Guid id, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var announcement = await db.Announcements.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (announcement is null) return OperationResult.NotFound("Announcement not found.");
        announcement.MarkDeleted();
        db.Announcements.Remove(announcement);
        await db.SaveChangesAsync(ct);
        return OperationResult.Success();
    }

    private static Validator Validate(AnnouncementInput input) => new Validator()
        .Required("title", input.Title, "Title")
        .MaxLength("title", input.Title, Announcement.MaxTitleLength, "Title")
        .MaxLength("body", input.Body, Announcement.MaxBodyLength, "Text")
        .Must(input.StartsAt is null || input.EndsAt is null || input.EndsAt > input.StartsAt, "endsAt", "The end must come after the start.")
        .Must(Enum.IsDefined(input.Tone), "tone", "Tone must be Info, Success or Warning.");
}
