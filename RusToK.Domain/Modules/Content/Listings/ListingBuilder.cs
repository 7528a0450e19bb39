using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>
/// Keeps the listing counts of the current tenant in step with its published items: recounts the addresses an event
/// touched, or builds a type's counts from scratch the first time they are read.
/// </summary>
public sealed class ListingBuilder(IAppDbContextFactory dbFactory)
{
    // How long before the build an item's save may have stamped its time and still been committing.
    private static readonly TimeSpan WritesInFlight = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Recomputes what each address adds from its items as they are now and applies only the difference to the counts,
    /// in one save: running it again for the same event finds no difference (handlers run at least once), and an
    /// address whose translation disagrees on category or tags still counts once per key. Nothing happens before the
    /// type's counts are built: building reads the items, which already say what the event says.
    /// </summary>
    public async Task RefreshAsync(string type, IReadOnlyCollection<string> slugs, CancellationToken ct = default)
    {
        if (slugs.Count == 0) return;
        await using var db = dbFactory.CreateContext();
        if (!await IsBuiltAsync(db, type, ct)) return;
        var versions = await PublishedVersionsAsync(db, type, slugs, ct);
        var stored = await db.ListingMemberships.Where(m => m.ContentType == type && slugs.Contains(m.Slug)).ToListAsync(ct);
        var changes = new Dictionary<ListingKey, int>();
        foreach (var slug in slugs.Distinct())
        {
            var wanted = ListingContribution.Of(versions.GetValueOrDefault(slug) ?? []).ToDictionary(e => e.CountKey);
            var had = stored.Where(m => m.Slug == slug).ToDictionary(m => m.Entry.CountKey);
            foreach (var (key, membership) in had)
            {
                var weight = wanted.TryGetValue(key, out var entry) ? entry.Weight : 0;
                if (weight == 0) db.ListingMemberships.Remove(membership);
                Change(changes, key, weight - membership.Weight);
                membership.Weight = weight;
            }

            foreach (var (key, entry) in wanted.Where(w => !had.ContainsKey(w.Key)))
            {
                db.ListingMemberships.Add(new ListingMembership(type, slug, entry));
                Change(changes, key, entry.Weight);
            }
        }

        await ApplyAsync(db, type, changes, ct);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Builds the counts of <paramref name="type"/> from its items when they have none yet (an install older than the
    /// read model, or a tenant nobody read since). Another node building at the same moment makes one of the saves
    /// fail on the unique keys; the loser finds the winner's counts and is content.
    /// </summary>
    public async Task EnsureBuiltAsync(string type, CancellationToken ct = default)
    {
        await using var db = dbFactory.CreateContext();
        if (await IsBuiltAsync(db, type, ct)) return;
        // Left-overs without the marker can only be a half-forgotten past; the marker and all rows are saved together.
        await db.ListingMemberships.Where(m => m.ContentType == type).ExecuteDeleteAsync(ct);
        await db.ListingCounts.Where(c => c.ContentType == type).ExecuteDeleteAsync(ct);
        var started = DateTime.UtcNow - WritesInFlight;
        var versions = await PublishedVersionsAsync(db, type, null, ct);
        var counts = new Dictionary<ListingKey, int> { [ListingKey.Marker] = 0 };
        foreach (var (slug, addressVersions) in versions)
        {
            foreach (var entry in ListingContribution.Of(addressVersions))
            {
                db.ListingMemberships.Add(new ListingMembership(type, slug, entry));
                Change(counts, entry.CountKey, entry.Weight);
            }
        }

        foreach (var (key, count) in counts.Where(c => c.Value != 0 || c.Key == ListingKey.Marker))
        {
            db.ListingCounts.Add(new ListingCount(type, key) { Count = count });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            if (!await IsBuiltAsync(type, ct)) throw;
            return;
        }

        await CatchUpAsync(type, versions, started, ct);
    }

    // An item saved while the build read the items had its event find no counts to keep, and the build may have read
    // it as it was before: such addresses (changed since the build began, or gone or new since) are recounted now.
    private async Task CatchUpAsync(string type, Dictionary<string, List<ListingVersion>> built, DateTime started, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var now = await db.ContentItems.AsNoTracking().Where(i => i.Type == type && i.Status == ContentStatus.Published)
            .Select(i => new { i.Id, i.Slug, i.UpdatedAt }).ToListAsync(ct);
        var readIds = built.Values.SelectMany(v => v).Select(v => v.Id).ToHashSet();
        var nowIds = now.Select(i => i.Id).ToHashSet();
        var stale = now.Where(i => i.UpdatedAt >= started || !readIds.Contains(i.Id)).Select(i => i.Slug)
            .Concat(built.Where(a => a.Value.Any(v => !nowIds.Contains(v.Id))).Select(a => a.Key)).Distinct().ToList();
        try
        {
            await RefreshAsync(type, stale, ct);
        }
        catch (Exception e) when (e is DbUpdateException or ConcurrencyConflictException)
        {
            // The relay recounted the same address at the same moment; its count stands.
        }
    }

    private async Task<bool> IsBuiltAsync(string type, CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        return await IsBuiltAsync(db, type, ct);
    }

    private static Task<bool> IsBuiltAsync(IAppDbContext db, string type, CancellationToken ct) => db.ListingCounts.AnyAsync(c =>
        c.ContentType == type && c.Dimension == ListingDimension.Total && c.Key == "" && c.Scope == ListingScope.Addresses, ct);

    // Only the keys whose total moved are read and written; a count that reaches zero goes, except the marker.
    private static async Task ApplyAsync(IAppDbContext db, string type, Dictionary<ListingKey, int> changes, CancellationToken ct)
    {
        var moved = changes.Where(c => c.Value != 0).ToList();
        if (moved.Count == 0) return;
        var keys = moved.Select(c => c.Key.Key).Distinct().ToList();
        var rows = (await db.ListingCounts.Where(c => c.ContentType == type && keys.Contains(c.Key)).ToListAsync(ct))
            .ToDictionary(c => new ListingKey(c.Dimension, c.Key, c.Scope));
        foreach (var (key, change) in moved)
        {
            if (!rows.TryGetValue(key, out var row)) db.ListingCounts.Add(row = rows[key] = new ListingCount(type, key));
            row.Count += change;
            if (row.Count == 0 && !row.IsMarker) db.ListingCounts.Remove(row);
        }
    }

    // Versions only say which address they were last counted at; they are never counted themselves.
    private static void Change(Dictionary<ListingKey, int> changes, ListingKey key, int change)
    {
        if (change == 0 || key.Dimension == ListingDimension.Version) return;
        changes[key] = changes.GetValueOrDefault(key) + change;
    }

    private static async Task<Dictionary<string, List<ListingVersion>>> PublishedVersionsAsync(IAppDbContext db, string type, IReadOnlyCollection<string>? slugs, CancellationToken ct)
    {
        var items = db.ContentItems.AsNoTracking().Where(i => i.Type == type && i.Status == ContentStatus.Published);
        if (slugs is not null) items = items.Where(i => slugs.Contains(i.Slug));
        var rows = await items.Select(i => new { i.Id, i.Slug, i.Language, i.CategoryId, i.PublishedAt }).ToListAsync(ct);
        var ids = items.Select(i => i.Id);
        var tags = (await db.TagAssignments.AsNoTracking().Where(a => a.EntityType == ContentTypes.EntityType && ids.Contains(a.EntityId))
            .Select(a => new { a.EntityId, a.TagId }).ToListAsync(ct)).ToLookup(a => a.EntityId, a => a.TagId);
        return rows.GroupBy(r => r.Slug).ToDictionary(g => g.Key, g => g.Select(r => new ListingVersion(r.Id, r.Language, r.CategoryId, r.PublishedAt, tags[r.Id].ToList())).ToList());
    }
}
