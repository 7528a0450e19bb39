using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Identity;
using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Activity;

/// <summary>
/// Reads the current tenant's feed, newest first, leaving out what the reader's permissions do not cover; people are
/// named as their profiles say today.
/// </summary>
public sealed class ActivityFeed(IAppDbContextFactory dbFactory, IProfileDirectory profiles)
{
    public async Task<Page<ActivityItem>> ListAsync(ActivityFilter filter, PageRequest page, IReadOnlySet<string> granted, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var query = Visible(db, granted);
        if (!string.IsNullOrEmpty(filter.Module)) query = query.Where(a => a.Module == filter.Module);
        if (filter.ActorId is { } actor) query = query.Where(a => a.ActorId == actor);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Skip(page.Skip).Take(page.Size).ToListAsync(ct);
        var people = await profiles.FindManyAsync([.. rows.Where(r => r.ActorId is not null).Select(r => r.ActorId!.Value).Distinct()], ct);
        var items = rows.Select(r =>
        {
            var person = r.ActorId is { } id ? people.GetValueOrDefault(id) : null;
            return new ActivityItem(r.Id, r.Module, r.Sentence, r.Subject, r.Path, r.ActorId, person?.DisplayName, person?.AvatarUrl, r.OccurredAt);
        }).ToList();
        return new Page<ActivityItem>(items, page.Number, page.Size, total);
    }

    /// <summary>The modules and the people that appear in the feed the reader may see, for its filters.</summary>
    public async Task<ActivityFacets> FacetsAsync(IReadOnlySet<string> granted, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        var visible = Visible(db, granted);
        var modules = await visible.Select(a => a.Module).Distinct().OrderBy(m => m).ToListAsync(ct);
        var actorIds = await visible.Where(a => a.ActorId != null).Select(a => a.ActorId!.Value).Distinct().ToListAsync(ct);
        var people = await profiles.FindManyAsync(actorIds, ct);
        return new ActivityFacets(modules, [.. people.Values.OrderBy(p => p.DisplayName, StringComparer.CurrentCultureIgnoreCase)]);
    }

    private static IQueryable<ActivityEntry> Visible(IAppDbContext db, IReadOnlySet<string> granted)
    {
        var permissions = granted.ToArray();
        var entries = db.ActivityEntries;
        return entries.AsNoTracking().Where(a => permissions.Contains(a.Permission));
    }
}
