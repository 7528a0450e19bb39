namespace RusToK.Components.Kernel.People;

/// <summary>
/// A part of a person's profile page that a capability or module adds (their recent activity), without the kernel
/// naming it. The component takes the person as a <c>UserId</c> (<see cref="Guid"/>) parameter.
/// </summary>
public sealed record ProfileSection(Type Component, int Order);
