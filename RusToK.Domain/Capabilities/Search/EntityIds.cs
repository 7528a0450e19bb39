using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Capabilities.Search;

/// <summary>Every id of an entity type in the current tenant, read a thousand at a time: a rebuild of a large site never holds them all.</summary>
public static class EntityIds
{
    public static async IAsyncEnumerable<Guid> InPagesAsync(IAppDbContextFactory dbFactory, Func<IAppDbContext, IQueryable<Guid>> ids, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = dbFactory.CreateContext();
        var after = Guid.Empty;
        while (true)
        {
            var page = await ids(db).Where(id => id.CompareTo(after) > 0).OrderBy(id => id).Take(1000).ToListAsync(ct);
            if (page.Count == 0) yield break;
            foreach (var id in page) yield return id;
            after = page[^1];
        }
    }
}
