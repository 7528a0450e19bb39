namespace RusToK.Domain.Kernel.Live;

/// <summary>
/// "Something you may be looking at changed": sent to every admin circuit on every node, and shown only where it
/// belongs: circuits of <see cref="TenantId"/> (null: the platform's operators) whose person holds
/// <see cref="Permission"/> (null: anyone there) and, when <see cref="UserId"/> is set, only that person's. It carries
/// no data: the page reads what changed itself, with its own permissions.
/// </summary>
public sealed record LiveMessage(Guid? TenantId, string Topic, string? Permission = null, Guid? UserId = null)
{
    /// <summary>Whether a circuit of <paramref name="tenantId"/>, whose person is <paramref name="userId"/> holding <paramref name="granted"/>, may hear it.</summary>
    public bool IsFor(Guid? tenantId, Guid? userId, IReadOnlySet<string> granted) =>
        (TenantId is null ? Permission is not null : TenantId == tenantId)
        && (Permission is null || granted.Contains(Permission))
        && (UserId is null || UserId == userId);
}
