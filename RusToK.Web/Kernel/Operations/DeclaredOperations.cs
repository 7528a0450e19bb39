namespace RusToK.Web.Kernel.Operations;

/// <summary>The kernel's or a capability's operations, registered as a service so the host maps them without naming their owner.</summary>
public sealed record DeclaredOperations(IReadOnlyList<IApiOperation> All);
