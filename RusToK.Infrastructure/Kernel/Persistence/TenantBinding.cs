using RusToK.Domain.Kernel.Identity;

namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>
/// Which tenant a new context is bound to, passed explicitly so a context can never guess; and who acts, so the
/// events it writes say who caused them (asked only when it writes some: reads never pay for it).
/// </summary>
public sealed record TenantBinding(Guid? TenantId, ICurrentActor? Actor = null)
{
    public static TenantBinding Platform { get; } = new((Guid?)null);
}
