using System.Globalization;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Modules.Content.Listings;

/// <summary>
/// Reads the listing counts the events keep (see <see cref="ListingProjection"/>): a few rows by key instead of
/// grouping every published item. Builds a type's counts on its first read.
/// </summary>
public sealed class ListingReadModel(IAppDbContextFactory dbFactory, ListingBuilder builder)
{
    /// <summary>The side column's counts of <paramref name="type"/>.</summary>
    public async Task<ListingTotals> TotalsAsync(string type, CancellationToken ct = default)
    {
        await builder.EnsureBuiltAsync(type, ct);
        await using var db = dbFactory.CreateContext();
        var rows = await db.ListingCounts.AsNoTracking().Where(c => c.ContentType == type && c.Scope == ListingScope.Addresses && c.Count > 0)
            .Select(c => new { c.Dimension, c.Key, c.Count }).ToListAsync(ct);
        var byId = (ListingDimension dimension) => rows.Where(r => r.Dimension == dimension).ToDictionary(r => Guid.Parse(r.Key), r => r.Count);
        var tagCounts = byId(ListingDimension.Tag);
        var tagIds = tagCounts.Keys.ToList();
        var tags = await db.Tags.AsNoTracking().Where(t => tagIds.Contains(t.Id)).ToListAsync(ct);
        var months = rows.Where(r => r.Dimension == ListingDimension.Month)
            .Select(r => (Month: DateTime.ParseExact(r.Key, "yyyy-MM", CultureInfo.InvariantCulture), r.Count))
            .OrderByDescending(m => m.Month).Select(m => new ArchiveMonth(m.Month.Year, m.Month.Month, m.Count)).ToList();
        return new ListingTotals(
            rows.Where(r => r.Dimension == ListingDimension.Total).Sum(r => r.Count),
            byId(ListingDimension.Category),
            tags.Select(t => new TagSummary(t.Id, t.Name, t.Slug, tagCounts[t.Id])).OrderByDescending(t => t.Count).ThenBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).ToList(),
            months);
    }

    /// <summary>
    /// What <see cref="ContentQueries.CountAsync"/> answers for <paramref name="filter"/>, or null when the counts do not
    /// cover it (a search, an author, two narrowings at once, a range that is not one month): the caller counts then.
    /// </summary>
    public async Task<int?> CountAsync(ContentFilter filter, CancellationToken ct = default)
    {
        if (filter is not { Type: { } type, Status: ContentStatus.Published, AuthorId: null, Language: null } || !string.IsNullOrWhiteSpace(filter.Search)) return null;
        var tagSlug = string.IsNullOrWhiteSpace(filter.TagSlug) ? null : filter.TagSlug;
        var month = filter.PublishedFrom is null && filter.PublishedBefore is null ? null : OneMonth(filter);
        if (month == "") return null;
        if ((filter.CategoryId is null ? 0 : 1) + (tagSlug is null ? 0 : 1) + (month is null ? 0 : 1) > 1) return null;

        await using var db = dbFactory.CreateContext();
        var key = (ListingDimension.Total, "");
        if (filter.CategoryId is { } category) key = (ListingDimension.Category, ListingKey.Of(category));
        if (month is not null) key = (ListingDimension.Month, month);
        if (tagSlug is not null)
        {
            // As the query does: an unknown tag lists nothing.
            var tagId = await db.Tags.Where(t => t.Slug == tagSlug).Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
            if (tagId is null) return 0;
            key = (ListingDimension.Tag, ListingKey.Of(tagId.Value));
        }

        await builder.EnsureBuiltAsync(type, ct);
        // Without a reader language every version is listed; with one, what that language changes is added.
        var reader = filter.ReaderLanguage ?? ListingScope.ExtraVersions;
        var (dimension, name) = key;
        return await db.ListingCounts.AsNoTracking()
            .Where(c => c.ContentType == type && c.Dimension == dimension && c.Key == name &&
                (c.Scope == ListingScope.Addresses || c.Scope == ListingScope.ExtraVersions || c.Scope == reader))
            .SumAsync(c => c.Count, ct);
    }

    // The archive's filter is a calendar month in UTC; anything else ("" here) is counted the old way.
    private static string? OneMonth(ContentFilter filter) =>
        filter is { PublishedFrom: { Kind: not DateTimeKind.Local } from, PublishedBefore: { } before } &&
        from == new DateTime(from.Year, from.Month, 1) && before == from.AddMonths(1)
            ? ListingKey.Month(from)
            : "";
}
