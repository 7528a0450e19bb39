namespace RusToK.Domain.Kernel.Entities;

/// <summary>Base of every stored entity: a time-ordered GUID v7 identity.</summary>
public abstract class Entity
{
    public Guid Id { get; protected set; } = Guid.CreateVersion7();
}
