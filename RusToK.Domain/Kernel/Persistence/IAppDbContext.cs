using Microsoft.EntityFrameworkCore;
using RusToK.Domain.Capabilities.Media;
using RusToK.Domain.Capabilities.Tags;
using RusToK.Domain.Kernel.Events;
using RusToK.Domain.Kernel.Tenancy;
using RusToK.Domain.Modules.Announcements;
using RusToK.Domain.Modules.Content;
using RusToK.Domain.Modules.Content.Categories;
using RusToK.Domain.Modules.Content.Revisions;
using RusToK.Domain.Modules.Pages.Blocks;
using RusToK.Domain.Modules.Pages.Menus;

namespace RusToK.Domain.Kernel.Persistence;

/// <summary>The unit of work use cases write through. Tenant-owned sets are filtered to the context's tenant.</summary>
public interface IAppDbContext : IAsyncDisposable, IDisposable
{
    DbSet<Tenant> Tenants { get; }

    DbSet<TenantHost> TenantHosts { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<Announcement> Announcements { get; }

    DbSet<Tag> Tags { get; }

    DbSet<TagAssignment> TagAssignments { get; }

    DbSet<ContentItem> ContentItems { get; }

    DbSet<ContentRevision> ContentRevisions { get; }

    DbSet<Category> Categories { get; }

    DbSet<PageBlock> PageBlocks { get; }

    DbSet<MediaFile> MediaFiles { get; }

    DbSet<MediaUsage> MediaUsages { get; }

    DbSet<Menu> Menus { get; }

    DbSet<MenuItem> MenuItems { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
