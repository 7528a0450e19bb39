using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Analytics;

/// <summary>
/// Adds amounts to figures. Each addition is one <c>UPDATE … SET Count = Count + n</c>, so two nodes adding to the
/// same figure at once both count; a figure not there yet is inserted, and when another node inserted it first the
/// addition is made as an update after all.
/// </summary>
public sealed class DailyFigureWriter(IAppDbContextFactory dbFactory)
{
    /// <param name="written">Told of each amount once it is stored, so a caller interrupted half-way knows what is left.</param>
    public async Task AddAsync(IReadOnlyCollection<FigureCount> counts, CancellationToken ct = default, Action<FigureCount>? written = null)
    {
        foreach (var tenant in counts.Where(c => c.Count != 0).GroupBy(c => c.TenantId))
        {
            await using var db = dbFactory.CreateContextFor(tenant.Key);
            foreach (var count in tenant)
            {
                await AddAsync(db, count with { Key = Clip(count.Key) }, ct);
                written?.Invoke(count);
            }
        }
    }

    private async Task AddAsync(IAppDbContext db, FigureCount count, CancellationToken ct)
    {
        if (await AddToExistingAsync(db, count, ct)) return;
        try
        {
            // A context of its own: a refused insert must not stay tracked in the one the updates use.
            await using var insert = dbFactory.CreateContextFor(count.TenantId);
            insert.DailyFigures.Add(new DailyFigure { TenantId = count.TenantId, Day = count.Day, Metric = count.Metric, Key = count.Key, Count = count.Count });
            await insert.SaveChangesAsync(ct);
        }
        catch (DbUpdateException refused)
        {
            // Another node inserted the same figure in between: the amount goes to theirs.
            if (!await AddToExistingAsync(db, count, ct)) ExceptionDispatchInfo.Throw(refused);
        }
    }

    private static async Task<bool> AddToExistingAsync(IAppDbContext db, FigureCount count, CancellationToken ct) =>
        await db.DailyFigures.Where(f => f.Day == count.Day && f.Metric == count.Metric && f.Key == count.Key)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.Count, f => f.Count + count.Count), ct) > 0;

    private static string Clip(string key) => key.Length > DailyFigure.MaxKeyLength ? key[..DailyFigure.MaxKeyLength] : key;
}
