using RusToK.Domain.Kernel.Paging;
using RusToK.Domain.Kernel.Results;

namespace RusToK.Domain.Kernel.Identity;

/// <summary>Users of the current tenant: list, invite, assign roles, lock.</summary>
public interface IUserDirectory
{
    Task<Page<UserSummary>> ListAsync(string? search, PageRequest page, CancellationToken ct = default);

    Task<UserSummary?> FindAsync(Guid id, CancellationToken ct = default);

    /// <summary>Creates the user. Without a password an invitation e-mail lets them choose one.</summary>
    Task<OperationResult<UserSummary>> InviteAsync(InviteUserCommand command, string confirmationBaseUrl, CancellationToken ct = default);

    Task<OperationResult> SetRolesAsync(Guid userId, IReadOnlyList<string> roles, CancellationToken ct = default);

    Task<OperationResult> SetLockedAsync(Guid userId, bool locked, CancellationToken ct = default);
}
