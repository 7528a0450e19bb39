using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Kernel.Identity;

/// <summary>Roles of the current tenant and the permissions they group.</summary>
public interface IRoleDirectory
{
    Task<IReadOnlyList<RoleSummary>> ListAsync(CancellationToken ct = default);

    Task<OperationResult<RoleSummary>> CreateAsync(string name, IReadOnlyList<string> permissions, CancellationToken ct = default);

    Task<OperationResult> SetPermissionsAsync(Guid roleId, IReadOnlyList<string> permissions, CancellationToken ct = default);

    Task<OperationResult> DeleteAsync(Guid roleId, CancellationToken ct = default);
}
