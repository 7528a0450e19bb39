namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>Which tenant a new context is bound to; passed explicitly so a context can never guess.</summary>
public sealed record TenantBinding(Guid? TenantId)
{
    public static TenantBinding Platform { get; } = new((Guid?)null);
}
