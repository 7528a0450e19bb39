namespace RusToK.Infrastructure.Kernel.Persistence;

/// <summary>A bug, never a user error: code tried to write a row outside its tenant.</summary>
public sealed class CrossTenantWriteException(string message) : InvalidOperationException(message);
