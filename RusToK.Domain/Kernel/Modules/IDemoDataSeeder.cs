namespace RusToK.Domain.Kernel.Modules;

/// <summary>
/// A module's sample data for the demo tenant, written through the module's own use cases so the demo proves them.
/// Registered by the module, resolved in the new tenant's scope and run once, in <see cref="Order"/>, when the demo is created.
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Lower runs first: a module whose demo refers to another's data runs after it.</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken ct);
}
