namespace RusToK.Domain.Capabilities.Activity;

/// <summary>Which entries to list: one module's, one person's, or all.</summary>
public sealed record ActivityFilter(string? Module = null, Guid? ActorId = null);
