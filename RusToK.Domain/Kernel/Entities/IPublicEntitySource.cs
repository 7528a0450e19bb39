using RusToK.Domain.Kernel.Persistence;

namespace RusToK.Domain.Kernel.Entities;

/// <summary>
/// A module's answer to "which of my entities may anyone see", so a capability (tags, later search and comments)
/// can count and list only what is public without knowing what "published" means for that module.
/// </summary>
public interface IPublicEntitySource
{
    /// <summary>The <see cref="EntityRef"/> type name this source answers for.</summary>
    string EntityType { get; }

    /// <summary>The ids of the entities an anonymous reader may see, as a query the capability composes into its own.</summary>
    IQueryable<Guid> PublicIds(IAppDbContext db);
}
