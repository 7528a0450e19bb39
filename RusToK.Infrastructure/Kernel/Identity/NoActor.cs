using RusToK.Domain.Kernel.Identity;

namespace RusToK.Infrastructure.Kernel.Identity;

/// <summary>Nobody is signed in: background work and hosts without a web front (the host registers who is).</summary>
public sealed class NoActor : ICurrentActor
{
    public Guid? UserId => null;
}
