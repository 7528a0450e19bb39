using Microsoft.EntityFrameworkCore;
using RusToK.Infrastructure.Kernel.Persistence;

namespace RusToK.Infrastructure.Kernel.Leases;

/// <summary>
/// Leases for work that must run on one node at a time. Each call is one atomic statement (an UPDATE whose
/// condition is the rule, or the INSERT of a missing row, which the primary key lets only one node win), so it means
/// the same on MariaDB and SQLite without provider locks. Times come from each node's clock: nodes must agree on the
/// time to well within a lease's length, which NTP gives.
/// </summary>
public sealed class LeaseStore(AppDbContextFactory dbFactory, TimeProvider clock)
{
    /// <summary>A holder id for one instance on this node: readable in the table, unique across restarts.</summary>
    public static string NewHolder()
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";
        return holder.Length > Lease.MaxHolderLength ? holder[^Lease.MaxHolderLength..] : holder;
    }

    /// <summary>Takes the lease if it is free, lapsed or already the holder's; false while another holder's is live.</summary>
    public async Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + duration;
        await using var db = dbFactory.CreatePlatformContext();
        var taken = await db.Leases.Where(l => l.Name == name && (l.Until <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.Until, until), ct);
        if (taken == 1) return true;
        if (await db.Leases.AnyAsync(l => l.Name == name, ct)) return false;

        // The first use of a name: two nodes may both find no row, and the key lets exactly one insert it.
        db.Leases.Add(new Lease { Name = name, Holder = holder, Until = until });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
    }

    /// <summary>Extends the holder's lease; false when it has passed to another holder (stop the work).</summary>
    public async Task<bool> RenewAsync(string name, string holder, TimeSpan duration, CancellationToken ct = default)
    {
        var until = clock.GetUtcNow().UtcDateTime + duration;
        await using var db = dbFactory.CreatePlatformContext();
        return await db.Leases.Where(l => l.Name == name && l.Holder == holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, until), ct) == 1;
    }

    /// <summary>Ends the holder's lease now, so another node need not wait for it to lapse.</summary>
    public async Task ReleaseAsync(string name, string holder, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = dbFactory.CreatePlatformContext();
        await db.Leases.Where(l => l.Name == name && l.Holder == holder).ExecuteUpdateAsync(s => s.SetProperty(l => l.Until, now), ct);
    }
}
