using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Kernel.Identity;

/// <summary>
/// Profiles of the current tenant's people and of the platform's administrators (who write on every site); never
/// another tenant's.
/// </summary>
public interface IProfileDirectory
{
    Task<PersonProfile?> FindAsync(Guid userId, CancellationToken ct = default);

    /// <summary>The profiles of several people at once (the bylines of a page of posts); unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, PersonProfile>> FindManyAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct = default);

    /// <summary>Validates and saves; readers' cached pages are dropped so bylines show the new name.</summary>
    Task<OperationResult<PersonProfile>> UpdateAsync(Guid userId, ProfileInput input, CancellationToken ct = default);
}
